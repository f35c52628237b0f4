// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bylineBefore, commonBodyContainer } from '../../../lib/extract/common-body';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Đoạn ${i + 1}: Ủy ban nhân dân huyện tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp tại Bộ phận Một cửa.</p>`).join('');

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="vi"><head><title>Tin tức</title></head><body>${body}</body></html>`, 'text/html');
}

describe('commonBodyContainer (a Vietnamese page’s body from its well-known container)', () => {
  it('finds the article body by its usual class', () => {
    const doc = page(`<nav><a href="/">Trang chủ</a></nav><div class="detail-content" id="x">${prose(5)}</div><aside>${prose(1)}</aside>`);
    expect(commonBodyContainer(doc)?.id).toBe('x');
  });

  it('prefers the more specific selector (articleBody) over a wrapper with a common class', () => {
    const doc = page(`<div class="news-content"><h1>Tiêu đề</h1><div itemprop="articleBody" id="inner">${prose(5)}</div></div>`);
    expect(commonBodyContainer(doc)?.id).toBe('inner');
  });

  it('gives nothing for a short box, a list of links, or a list page of identical teaser boxes', () => {
    expect(commonBodyContainer(page(`<div class="detail-content">${prose(1)}</div>`))).toBeNull();
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/tin-${i}">Tin cải cách hành chính số ${i} của huyện trong tháng này</a></li>`).join('');
    expect(commonBodyContainer(page(`<div class="news-content"><ul>${links}</ul></div>`))).toBeNull();
    const teasers = Array.from({ length: 4 }, () => `<div class="entry-content">${prose(3)}</div>`).join('');
    expect(commonBodyContainer(page(teasers))).toBeNull();
  });
});

describe('bylineBefore', () => {
  it('reads a schema.org author’s name without "Viết bởi"', () => {
    const doc = page(`<dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">Trần Thị Mai</span></dd><div class="entry-content" id="b">${prose(5)}</div>`);
    expect(bylineBefore(doc, doc.getElementById('b')!)).toBe('Trần Thị Mai');
  });

  it('skips bylines after the body (comment authors) and too long ones', () => {
    const doc = page(`<div class="author-box">${'Giới thiệu tác giả rất dài. '.repeat(10)}</div><div class="entry-content" id="b">${prose(5)}</div><div class="comment"><span class="author">Bạn đọc A</span></div>`);
    expect(bylineBefore(doc, doc.getElementById('b')!)).toBeNull();
  });
});
