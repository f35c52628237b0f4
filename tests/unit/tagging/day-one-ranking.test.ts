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

  it('lets repeats add less and less', () => {
    expect(repeatFactor(1)).toBe(1);
    expect(repeatFactor(2)).toBeGreaterThan(repeatFactor(1));
    expect(repeatFactor(8) - repeatFactor(4)).toBeLessThan(repeatFactor(4) - repeatFactor(1));
    expect(repeatFactor(100)).toBeLessThan(7);
  });
});
