// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findNextPages } from '../../../lib/listing/next-pages';

const URL_ = 'http://sotp.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/';
const next = (body: string, url = URL_) => findNextPages(new JSDOM(`<!doctype html><html><head></head><body>${body}</body></html>`, { url }).window.document, url, url);

describe('findNextPages', () => {
  it('puts the "next" link first, then numbered pages after the current one', () => {
    expect(next(`<ul class="pagination"><li><a href="page-1">1</a></li><li class="active"><span>2</span></li><li><a href="page-3">3</a></li><li><a href="page-4">4</a></li><li><a href="page-4">Tiếp</a></li></ul>`, `${URL_}page-2`)).toEqual([
      `${URL_}page-4`,
      `${URL_}page-3`,
    ]);
  });

  it('reads Liferay buttons and leaves out "Cuối cùng" and javascript: links', () => {
    expect(next(`<ul class="lfr-pagination-buttons pager"><li><a href="javascript:;">Đầu tiên</a></li><li><a href="?_101_INSTANCE_x_cur=2">Tiếp theo</a></li><li><a href="?_101_INSTANCE_x_cur=9">Cuối cùng →</a></li></ul>`)).toEqual([
      `${URL_}?_101_INSTANCE_x_cur=2`,
    ]);
  });

  it('follows rel=next in the head and in the page, and "Trang sau" anywhere', () => {
    expect(next(`<a rel="next" href="?page=2">»</a> <p><a href="?page=5">Trang sau ›</a></p>`)).toEqual([`${URL_}?page=2`, `${URL_}?page=5`]);
  });

  it('takes bare page numbers only when they come in a group', () => {
    expect(next(`<p>Xem <a href="?page=2">2</a> bình luận</p>`)).toEqual([]);
    expect(next(`<div><a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=4">4</a></div>`)).toEqual([`${URL_}?page=2`, `${URL_}?page=3`, `${URL_}?page=4`]);
  });

  it('knows the current page from the address when the pager does not mark it', () => {
    expect(next(`<div class="paging"><a href="?Page=1">1</a><a href="?Page=2">2</a><a href="?Page=3">3</a></div>`, `${URL_}?Page=2`)).toEqual([`${URL_}?Page=3`]);
  });
});
