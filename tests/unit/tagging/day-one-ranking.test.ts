import { describe, expect, it } from 'vitest';
import { BUILTIN_AREAS } from '../../../lib/plan/builtin-template';
import type { ContentArea } from '../../../lib/plan/types';
import { repeatFactor } from '../../../lib/tagging/day-one';
import { suggestAreas } from '../../../lib/tagging/suggest';

describe('day-one ranking', () => {
  it('counts a long phrase once, not again through its pieces: a title naming an index ranks chi-so first', () => {
    // "thủ tục hành chính" said once in passing used to count as itself plus "thủ tục", "tục hành", "thủ tục hành"…
    const suggestions = suggestAreas(BUILTIN_AREAS, {
      title: 'PAPI 2024: tỉnh tăng 12 bậc',
      lead: 'Theo kết quả PAPI vừa công bố, người dân đánh giá cao việc công khai thủ tục hành chính ở cấp xã.',
      body: 'Tỉnh xếp thứ 15 cả nước, tăng 12 bậc so với năm trước.',
    });
    expect(suggestions[0]?.area).toBe('chi-so');
    expect(suggestions.map((s) => s.area)).toContain('tthc');
  });

  it('shows the whole phrase that matched rather than a piece of it', () => {
    const tthc = suggestAreas(BUILTIN_AREAS, {
      title: 'Rút ngắn thời gian giải quyết thủ tục hành chính về đất đai',
      body: 'Thủ tục hành chính về đất đai được giải quyết trong 5 ngày.',
    }).find((s) => s.area === 'tthc');
    expect(tthc?.matched).toContain('thủ tục hành chính');
    expect(tthc?.matched.some((m) => m !== 'thủ tục hành chính' && 'thủ tục hành chính'.includes(m))).toBe(false);
  });

  it('still counts a short phrase written on its own next to the longer one', () => {
    const areas: ContentArea[] = [
      { code: 'a', title: 'Một cửa', text: '', keywords: ['một cửa', 'một cửa liên thông'] },
      { code: 'b', title: 'Liên thông', text: '', keywords: ['liên thông'] },
    ];
    const once = suggestAreas(areas, { title: '', body: 'Bộ phận một cửa liên thông.' });
    const twice = suggestAreas(areas, { title: '', body: 'Bộ phận một cửa liên thông. Bộ phận một cửa của xã.' });
    const score = (list: typeof once, code: string) => list.find((s) => s.area === code)?.score ?? 0;
    expect(score(twice, 'a')).toBeGreaterThan(score(once, 'a'));
    // The other area's phrase inside "một cửa liên thông" still counts for that area.
    expect(score(once, 'b')).toBeGreaterThan(0);
  });

  it('ranks first the area an article keeps naming over one whose phrases it mentions once each', () => {
    const suggestions = suggestAreas(BUILTIN_AREAS, {
      title: 'Công bố chỉ số năm 2024 của các sở, ngành',
      lead: 'Chỉ số của sở dẫn đầu đạt 91 điểm; chỉ số thấp nhất đạt 72 điểm.',
      body:
        'Điểm chỉ số tăng ở hầu hết các đơn vị. Các sở có chỉ số thấp phải lập kế hoạch khắc phục. Việc giải quyết ' +
        'hồ sơ đúng hạn, tiếp nhận trực tuyến và trả kết quả tại bộ phận một cửa được ghi nhận.',
    });
    expect(suggestions[0]?.area).toBe('chi-so');
    expect(suggestions[1]?.area).toBe('tthc');
  });

  it('weighs the head of a longer phrase less than the phrase: "cơ sở" is not "cơ sở dữ liệu"', () => {
    const areas: ContentArea[] = [
      { code: 'du-lieu', title: 'Dữ liệu', text: '', keywords: ['cơ sở dữ liệu'] },
      { code: 'tai-san', title: 'Tài sản', text: '', keywords: ['tài sản công'] },
    ];
    const suggestions = suggestAreas(areas, {
      title: 'Xử lý cơ sở nhà, đất dôi dư',
      body: 'Các cơ sở nhà, đất dôi dư là tài sản công.',
    });
    expect(suggestions[0]?.area).toBe('tai-san');
    // The head still counts a little, and the whole phrase fully.
    expect(suggestions.map((s) => s.area)).toContain('du-lieu');
    const whole = suggestAreas(areas, { title: 'Xây dựng cơ sở dữ liệu', body: 'Cơ sở dữ liệu là tài sản công.' });
    expect(whole[0]?.area).toBe('du-lieu');
  });

  it('does not make a generic word a keyword because a keyword list names it ("chức năng, nhiệm vụ")', () => {
    const bo = suggestAreas(BUILTIN_AREAS, {
      title: 'Sở giao 34 nhiệm vụ cải cách hành chính năm 2026',
      lead: 'Sở ban hành Kế hoạch cải cách hành chính năm 2026 với 34 nhiệm vụ, mỗi nhiệm vụ có đơn vị chủ trì.',
      body: 'Văn phòng Sở theo dõi các nhiệm vụ và báo cáo hằng quý.',
    });
    expect(bo[0]?.area).toBe('chi-dao');
    expect(bo.find((s) => s.area === 'bo-may')?.matched ?? []).not.toContain('nhiệm vụ');
  });

  it('finds nothing in an article that shares only single syllables with an area', () => {
    const areas: ContentArea[] = [{ code: 'so', title: 'Chuyển đổi số', text: 'Số hóa hồ sơ, thủ tục.' }];
    expect(suggestAreas(areas, { title: 'Số lượng khách tăng', body: 'Khách đổi lịch; thủ môn mang áo số 10, hóa trang.' })).toEqual([]);
  });

  it('ranks news of a CCHC section (chuyên mục) under chi-dao, the communication work', () => {
    const suggestions = suggestAreas(BUILTIN_AREAS, {
      title: 'Duy trì Chuyên mục cải cách hành chính trên Trang thông tin điện tử của Sở',
      lead: 'Năm 2026, Chuyên mục cải cách hành chính đăng 48 tin, bài; cơ sở dữ liệu tin, bài được nâng cấp.',
      body: 'Các phòng gửi tin, bài về Văn phòng Sở để biên tập và đăng trên công nghệ thông tin mới.',
    });
    expect(suggestions[0]?.area).toBe('chi-dao');
    expect(suggestions[0]?.matched).toContain('chuyên mục cải cách hành chính');
  });

  it('lets repeats add less and less', () => {
    expect(repeatFactor(1)).toBe(1);
    expect(repeatFactor(2)).toBeGreaterThan(repeatFactor(1));
    expect(repeatFactor(8) - repeatFactor(4)).toBeLessThan(repeatFactor(4) - repeatFactor(1));
    expect(repeatFactor(100)).toBeLessThan(7);
  });
});
