import { describe, expect, it } from 'vitest';
import { BUILTIN_AREAS } from '../../../lib/plan/builtin-template';
import { findReporting } from '../../../lib/plan/find-reporting';
import { findHeader } from '../../../lib/plan/find-title-year';
import { findUnits } from '../../../lib/plan/find-units';
import { planLines } from '../../../lib/plan/plan-lines';

describe('findHeader', () => {
  it('reads number, date, title, year and the agency from the preamble', () => {
    const plan = 'Số: 12 /KH-UBND\nPhú Tân, ngày 05 tháng 1 năm 2024\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\nỦy ban nhân dân huyện Phú Tân ban hành kế hoạch như sau:';
    expect(findHeader(planLines(plan))).toEqual({
      title: 'Tuyên truyền cải cách hành chính năm 2024',
      year: 2024,
      issuer: 'Ủy ban nhân dân huyện Phú Tân',
      number: '12/KH-UBND',
      date: '2024-01-05',
    });
  });

  it('leaves a blank number null', () => {
    expect(findHeader(planLines('Số: /KH-STTTT\nKẾ HOẠCH\nX năm 2021')).number).toBeNull();
  });
});

describe('findUnits', () => {
  it('reads units named as responsible, folds dash variants and keeps a bare prefix as an alias', () => {
    const plan = [
      '- Cơ quan chủ trì: Trung tâm Văn hóa - Thể thao quận;',
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Trung tâm Văn hóa – Thể thao quận',
      '2. Giao Văn phòng Sở chủ trì, phối hợp với Ủy ban nhân dân các phường đạt hiệu quả.',
      'PHỤ LỤC',
      '1\tNộp hồ sơ tại Trung tâm Phục vụ hành chính công của tỉnh.\t- Văn phòng.',
    ].join('\n');
    expect(findUnits(planLines(plan))).toEqual([
      { name: 'Trung tâm Văn hóa – Thể thao quận' },
      { name: 'Văn phòng Sở', aliases: ['Văn phòng'] },
      { name: 'Ủy ban nhân dân các phường' },
    ]);
  });
});

describe('findReporting', () => {
  it.each([
    ['báo cáo định kỳ hàng quý, 6 tháng, năm về Sở Nội vụ', { mode: 'calendar', cadences: ['quarter', 'half-year', 'year'] }],
    ['thực hiện chế độ báo cáo định kỳ hàng tháng, 6 tháng, năm', { mode: 'calendar', cadences: ['month', 'half-year', 'year'] }],
    ['báo cáo định kỳ hàng tháng (số liệu tính từ ngày 15 tháng trước)', { mode: 'cut-off', cutOffDay: 15, cadences: ['month'] }],
  ])('%s', (line, expected) => {
    expect(findReporting([line])).toEqual(expected);
  });
});

describe('BUILTIN_AREAS', () => {
  it('holds the nine DOMAIN.md codes, each with a title, a text and keywords', () => {
    expect(BUILTIN_AREAS.map((a) => a.code)).toEqual([
      'the-che', 'tthc', 'bo-may', 'cong-vu', 'tai-chinh-cong', 'chinh-phu-so', 'chi-so', 'chi-dao', 'dien-hinh',
    ]);
    for (const a of BUILTIN_AREAS) {
      expect(a.title && a.text && a.keywords?.length).toBeTruthy();
      expect(a.text).toBe(a.text.normalize('NFC'));
    }
  });
});
