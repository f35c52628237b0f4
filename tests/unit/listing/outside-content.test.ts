// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isOutsideContent } from '../../../lib/listing/outside-content';

function linkIn(html: string): Element {
  return new JSDOM(`<body>${html}</body>`).window.document.getElementById('x')!;
}

describe('isOutsideContent', () => {
  it.each([
    ['<nav><a id="x"></a></nav>', 'nav'],
    ['<header id="banner"><a id="x"></a></header>', 'page header'],
    ['<div role="navigation"><a id="x"></a></div>', 'ARIA navigation'],
    ['<div class="top-menu"><a id="x"></a></div>', 'menu class'],
    ['<div id="footer_wrap"><a id="x"></a></div>', 'footer id'],
    ['<div class="SideBar"><a id="x"></a></div>', 'camelCase sidebar'],
    ['<div class="box-tin-noi-bat"><a id="x"></a></div>', 'tin-noi-bat'],
    ['<div class="lienket-website"><a id="x"></a></div>', 'lien ket'],
    ['<section><h2>Tin xem nhiều</h2><ul><li><a id="x"></a></li></ul></section>', 'box heading'],
    ['<div class="panel"><div class="panel-heading">Các tin khác</div><a id="x"></a></div>', 'panel heading'],
    ['<div hidden><a id="x"></a></div>', 'hidden'],
    ['<div class="header-wrapper"><a id="x"></a></div>', 'header wrapper'],
  ])('%s is outside (%s)', (html) => expect(isOutsideContent(linkIn(html))).toBe(true));

  it.each([
    ['<form id="aspnetForm"><div id="main"><a id="x"></a></div></form>', 'ASP.NET form around the page'],
    ['<article><header><h2><a id="x"></a></h2></header></article>', 'an article item’s own header'],
    ['<div class="item-header"><a id="x"></a></div>', 'item-header'],
    ['<div class="search-results"><a id="x"></a></div>', 'search results'],
    ['<section><h2>Tin tức - Sự kiện</h2><a id="x"></a></section>', 'the listing’s own heading'],
    ['<section><h2>Tin mới nhất về cải cách hành chính tỉnh</h2><a id="x"></a></section>', 'a heading that only starts like a box'],
  ])('%s is content (%s)', (html) => expect(isOutsideContent(linkIn(html))).toBe(false));
});
