/**
 * Reading text, image sources and link targets out of extractor output HTML.
 * The functions take a DOM node so they work with any DOM implementation;
 * {@link parseFragment} builds one with jsdom.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose text is not reader-visible content. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Elements that start a new line when rendered, so their text must not run into the neighbours'. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Appends the text under `node` to `parts`, padding block elements with spaces. */
function collectText(node: Node, parts: string[]): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  const tag = node.nodeType === ELEMENT_NODE ? (node as Element).localName : '';
  if (SKIPPED.has(tag)) return;
  const block = BLOCKS.has(tag);
  if (block) parts.push(' ');
  for (const child of Array.from(node.childNodes)) collectText(child, parts);
  if (block) parts.push(' ');
}

/**
 * The text content of `root` as a reader sees it: like `textContent`, but
 * without script/style text and with a space at every block boundary so that
 * `<p>a</p><p>b</p>` reads "a b", not "ab". Whitespace is left as found.
 */
export function nodeText(root: Node): string {
  const parts: string[] = [];
  collectText(root, parts);
  return parts.join('');
}

/** The `src` attributes of the images under `root`, in document order, empty ones left out. */
export function imageSources(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('img'))
    .map((img) => img.getAttribute('src')?.trim() ?? '')
    .filter((src) => src !== '');
}

/** The `href` attributes of the links under `root`, in document order, empty ones left out. */
export function linkTargets(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('a[href]'))
    .map((link) => link.getAttribute('href')?.trim() ?? '')
    .filter((href) => href !== '');
}

let scratch: Document | null = null;

/**
 * Parses an HTML fragment into an inert DocumentFragment (inside a
 * `<template>`, so nothing loads or runs). One silent jsdom window is shared
 * by all calls.
 */
export function parseFragment(html: string): DocumentFragment {
  scratch ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window.document;
  const template = scratch.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** What the benchmark reads from a piece of extractor HTML. */
export interface HtmlSummary {
  text: string;
  images: string[];
  links: string[];
}

/** Parses `html` once and returns its reader text ({@link nodeText}), image sources and link targets. */
export function summarizeHtml(html: string): HtmlSummary {
  const fragment = parseFragment(html);
  return { text: nodeText(fragment), images: imageSources(fragment), links: linkTargets(fragment) };
}
