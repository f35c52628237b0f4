// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectImages } from '../../../lib/extract/images';

const BASE = 'https://example.gov.vn/tin-tuc/1.html';
const images = (html: string) => collectImages(new JSDOM(`<!doctype html><body><div id="b">${html}</div></body>`).window.document.getElementById('b')!, BASE);

describe('collectImages: a short plain line under an image-only paragraph', () => {
  it('is the caption (Readability has dropped its class)', () => {
    expect(images('<p><img src="/a.jpg"></p><p>Quang cảnh hội nghị tại điểm cầu Bộ Nội vụ</p><p>Đoạn văn tiếp theo.</p>')[0]!.caption).toBe(
      'Quang cảnh hội nghị tại điểm cầu Bộ Nội vụ',
    );
  });

  it('is not a caption when it is a lead-in, several sentences, or bold', () => {
    expect(images('<p><img src="/a.jpg"></p><p>Kết quả cụ thể như sau:</p>')[0]!.caption).toBe('');
    expect(images('<p><img src="/a.jpg"></p><p>Hội nghị diễn ra sáng nay. Nhiều ý kiến được nêu.</p>')[0]!.caption).toBe('');
    expect(images('<p><img src="/a.jpg"></p><p><strong>Những kết quả nổi bật</strong></p>')[0]!.caption).toBe('');
  });
});
