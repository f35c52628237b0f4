import { describe, expect, it } from 'vitest';
import { dateFromUrl, formatPageDate, parseIsoDate, readDateLine } from '../../../lib/extract/dates';

const now = new Date('2026-11-23T03:00:00Z');
const fmt = (line: string) => {
  const r = readDateLine(line, now);
  return [r.published && formatPageDate(r.published), r.updated && formatPageDate(r.updated)];
};

describe('readDateLine: every form in PORTALS.md', () => {
  it.each([
    ['(21:01 | 17/03/2021)', '2021-03-17T21:01:00+07:00'],
    ['14:32 31/05/2023', '2023-05-31T14:32:00+07:00'],
    ['17/08/2023 | 09:55 AM', '2023-08-17T09:55:00+07:00'],
    ['17/08/2023 | 09:55 PM', '2023-08-17T21:55:00+07:00'],
    ['Ngày đăng 28/10/2019 | 11:38  | Lượt xem: 539', '2019-10-28T11:38:00+07:00'],
    ['• Cập nhật: 19/11/2020  • Lượt xem: 5547 lượt xem', '2020-11-19'],
    ['Ngày cập nhật 11/12/2021', '2021-12-11'],
    ['(21/09/2022)', '2022-09-21'],
    ['- 12/05/2016 04:00:00 PM - Đã xem: 128 - Phản hồi: 0', '2016-05-12T16:00:00+07:00'],
    ['THỨ BA, 20/09/2022 16:03:31', '2022-09-20T16:03:31+07:00'],
    ['thứ ba, 20/09/2022 16:03:31', '2022-09-20T16:03:31+07:00'],
    ['Thu Hà 16:34, 31/03/2023', '2023-03-31T16:34:00+07:00'],
    ['Xuất bản:Thứ năm, 18/04/2024 05:40 (GMT+7)', '2024-04-18T05:40:00+07:00'],
    ['Thứ tư, 31/07/2024 18:15 PM', '2024-07-31T18:15:00+07:00'],
    ['08/11/2020 - 21:07', '2020-11-08T21:07:00+07:00'],
    ['10:04, 23/04/2020', '2020-04-23T10:04:00+07:00'],
    ['27/11/2024 11:21 GMT+7', '2024-11-27T11:21:00+07:00'],
    ['Ngày phát hành 13:30 | 16/9/2021', '2021-09-16T13:30:00+07:00'],
    ['Ngày 22 tháng 05 năm 2018', '2018-05-22'],
    ['ngày 5 tháng 3 năm 2024', '2024-03-05'],
    ['Chủ nhật, 3/3/24 07:05', '2024-03-03T07:05:00+07:00'],
    ['12:00 AM 01/02/2022', '2022-02-01T00:00:00+07:00'],
    ['Thứ Hai, 15 Tháng 3 2021 09:12', '2021-03-15T09:12:00+07:00'],
    ['15 tháng 03, 2021', '2021-03-15'],
    ['Cập nhật lúc 10:30 ngày 12/05/2021', '2021-05-12T10:30:00+07:00'],
    ['2024-02-12 08:30', '2024-02-12T08:30:00+07:00'],
    ['Đăng lúc: 9h30 ngày 1/6/2023', '2023-06-01T09:30:00+07:00'],
  ])('%s', (line, published) => {
    expect(fmt(line)[0]).toBe(published);
  });

  it('keeps the publish and update times apart', () => {
    expect(fmt('Ngày đăng: 10/05/2021 08:00 | Cập nhật: 11/05/2021 09:15')).toEqual([
      '2021-05-10T08:00:00+07:00',
      '2021-05-11T09:15:00+07:00',
    ]);
  });

  it.each(['01/01/0001', '31/02/2023', '25/12/2026', 'Lượt xem: 539', 'Số 12/2023/NĐ-CP'])('%s is no date', (line) => {
    expect(fmt(line)[0]).toBeNull();
  });

  it('accepts tomorrow (portal clocks drift) but not the day after', () => {
    expect(fmt('24/11/2026 08:00')[0]).toBe('2026-11-24T08:00:00+07:00');
    expect(fmt('26/11/2026 08:00')[0]).toBeNull();
  });
});

describe('parseIsoDate converts machine-readable dates to Vietnam time', () => {
  it.each([
    ['2024-02-12T01:30:00Z', '2024-02-12T08:30:00+07:00'],
    ['2024-02-12T08:30:00+07:00', '2024-02-12T08:30:00+07:00'],
    ['2024-02-11T20:30:00-05:00', '2024-02-12T08:30:00+07:00'],
    ['2024-02-12', '2024-02-12'],
    ['2024-02-12T08:30', '2024-02-12T08:30:00+07:00'],
  ])('%s → %s', (input, output) => {
    const d = parseIsoDate(input, now);
    expect(d && formatPageDate(d)).toBe(output);
  });
  it('rejects 0001-01-01', () => expect(parseIsoDate('0001-01-01T00:00:00', now)).toBeNull());
});

describe('dateFromUrl', () => {
  it('reads the e-newspaper id (3-digit prefix, then yyMMddHHmmss)', () => {
    const d = dateFromUrl('https://baochinhphu.vn/day-manh-cai-cach-102240212083015123.htm', now);
    expect(d && formatPageDate(d)).toBe('2024-02-12T08:30:15+07:00');
  });
  it('reads /yyyy/mm/dd/ paths', () => {
    const d = dateFromUrl('https://example.vn/2023/05/31/tin-a.html', now);
    expect(d && formatPageDate(d)).toBe('2023-05-31');
  });
  it('finds nothing in an id without a date', () => {
    expect(dateFromUrl('https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=12345', now)).toBeNull();
  });
});
