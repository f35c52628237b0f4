import { describe, expect, it } from 'vitest';
import { BUILTIN_AREAS } from '../../../lib/plan/builtin-template';
import type { ContentArea } from '../../../lib/plan/types';
import { CONFIDENT_SCORE, suggestAreas } from '../../../lib/tagging/suggest';
import type { TaggableText } from '../../../lib/tagging/types';

const digital: TaggableText = {
  title: 'Tỉnh đẩy mạnh số hóa hồ sơ và thanh toán trực tuyến',
  lead: 'Năm 2024, tỷ lệ hồ sơ được số hóa đạt 85%, hơn 40.000 giao dịch thanh toán trực tuyến qua Cổng dịch vụ công.',
  body:
    'Sở Thông tin và Truyền thông cho biết, chuyển đổi số trong giải quyết thủ tục đã giúp người dân không phải nộp lại giấy tờ. ' +
    'Hơn 300.000 tài khoản định danh điện tử VNeID đã được kích hoạt; dịch vụ công trực tuyến toàn trình chiếm 60% hồ sơ.',
};

/** Rewrites text with old-style tone placement (hoá, thuỷ, khoẻ), as many portals still write. */
function oldTonePlacement(text: string): string {
  return text.replace(/hóa/g, 'hoá').replace(/Hóa/g, 'Hoá').replace(/thủy/g, 'thuỷ').replace(/khỏe/g, 'khoẻ').replace(/hòa/g, 'hoà');
}

/** Strips every diacritic, as people type without a Vietnamese keyboard. */
function noDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const mapText = (t: TaggableText, f: (s: string) => string): TaggableText => ({ title: f(t.title), lead: f(t.lead ?? ''), body: f(t.body) });

describe('suggestAreas', () => {
  it('finds the area of a clear article, confidently, best first', () => {
    const suggestions = suggestAreas(BUILTIN_AREAS, digital);
    expect(suggestions[0]?.area).toBe('chinh-phu-so');
    expect(suggestions[0]?.score).toBeGreaterThanOrEqual(CONFIDENT_SCORE);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestions.every((s) => s.score > 0 && s.score < 1)).toBe(true);
  });

  it('shows the phrases that matched, as the area writes them', () => {
    const matched = suggestAreas(BUILTIN_AREAS, digital)[0]?.matched ?? [];
    expect(matched.length).toBeGreaterThan(0);
    expect(matched.length).toBeLessThanOrEqual(6);
    expect(matched).toContain('thanh toán trực tuyến');
    expect(matched.some((m) => m.includes('VNeID'))).toBe(true);
    expect(matched.every((m) => m === m.normalize('NFC'))).toBe(true);
  });

  it.each([
    ['old tone placement', oldTonePlacement],
    ['no diacritics', noDiacritics],
    ['decomposed Unicode', (s: string) => s.normalize('NFD')],
  ])('gives the same top area with %s', (_, rewrite) => {
    const original = suggestAreas(BUILTIN_AREAS, digital);
    const rewritten = suggestAreas(BUILTIN_AREAS, mapText(digital, rewrite));
    expect(rewritten[0]?.area).toBe(original[0]?.area);
    expect(rewritten[0]?.score).toBeCloseTo(original[0]?.score ?? 0, 1);
  });

  it('matches old tone placement in the area text too', () => {
    const areas: ContentArea[] = [
      { code: 'a', title: 'Hiện đại hoá hành chính', text: 'Số hoá hồ sơ, thủ tục.' },
      { code: 'b', title: 'Công vụ', text: 'Tuyển dụng công chức, viên chức.' },
    ];
    const [top] = suggestAreas(areas, { title: 'Đẩy mạnh số hóa hồ sơ', body: 'Hồ sơ được số hóa 100%.' });
    expect(top?.area).toBe('a');
    // Shown as the area writes it: old tone placement kept.
    expect(top?.matched.some((m) => m.includes('Số hoá'))).toBe(true);
  });

  it('lets a keyword raise an area', () => {
    const base: ContentArea[] = [
      { code: 'x', title: 'Kiểm soát thủ tục', text: 'Rà soát, đơn giản hóa quy trình.' },
      { code: 'y', title: 'Công vụ', text: 'Kỷ luật, kỷ cương hành chính.' },
    ];
    const article = { title: 'Phường ra mắt mô hình tổ hỗ trợ tại chỗ', body: 'Tổ hỗ trợ tại chỗ giúp người dân nộp hồ sơ nhanh hơn.' };
    const without = suggestAreas(base, article).find((s) => s.area === 'x')?.score ?? 0;
    const withKeyword = suggestAreas([{ ...base[0] as ContentArea, keywords: ['tổ hỗ trợ tại chỗ'] }, base[1] as ContentArea], article);
    expect(withKeyword[0]?.area).toBe('x');
    expect(withKeyword[0]?.score).toBeGreaterThan(without);
    expect(withKeyword[0]?.matched[0]).toBe('tổ hỗ trợ tại chỗ');
  });

  it('gives news that is not about reform no confident suggestion', () => {
    const sport: TaggableText = {
      title: 'Khai mạc giải bóng đá thiếu niên tỉnh năm 2024',
      lead: 'Sáng nay, Sở Văn hóa, Thể thao và Du lịch khai mạc giải bóng đá thiếu niên với 16 đội tham dự.',
      body:
        'Ủy ban nhân dân tỉnh đã chỉ đạo các đơn vị chuẩn bị chu đáo sân bãi và kế hoạch bảo đảm an ninh trật tự. ' +
        'Hội nghị triển khai giải đã được tổ chức tuần trước với sự tham gia của các huyện; kinh phí từ ngân sách tỉnh.',
    };
    expect(suggestAreas(BUILTIN_AREAS, sport).every((s) => s.score < CONFIDENT_SCORE)).toBe(true);
  });

  it('returns nothing for an empty article', () => {
    expect(suggestAreas(BUILTIN_AREAS, { title: '', body: '' })).toEqual([]);
  });

  it('keys plan areas without a code as area-N', () => {
    const areas: ContentArea[] = [
      { title: 'Công vụ', text: 'Tuyển dụng công chức.' },
      { title: 'Thủ tục', text: 'Cơ chế một cửa, một cửa liên thông.' },
    ];
    expect(suggestAreas(areas, { title: 'Bộ phận một cửa liên thông', body: '' })[0]?.area).toBe('area-2');
  });
});
