import { describe, expect, it } from 'vitest';
import { looksLikeName, readCreditLine } from '../../../lib/extract/byline';
import { stripAgencyPrefix } from '../../../lib/extract/lead';

describe('readCreditLine', () => {
  it.each([
    ['Tin: Mỹ Xuyên - CCHC', { author: 'Mỹ Xuyên - CCHC' }],
    ['Tin, ảnh: Hồng Nhung', { author: 'Hồng Nhung' }],
    ['Tin và ảnh: Thanh Tâm', { author: 'Thanh Tâm' }],
    ['T/h: Lệ Quyên', { author: 'Lệ Quyên' }],
    ['PV', { author: 'PV' }],
    ['DT', { author: 'DT' }],
    ['HÀ VY', { author: 'HÀ VY' }],
    ['Đ.Chính', { author: 'Đ.Chính' }],
    ['T. HUY', { author: 'T. HUY' }],
    ['Phương An', { author: 'Phương An' }],
    ['Nguyễn Hồng Tấn, STP Quảng Ngãi', { author: 'Nguyễn Hồng Tấn, STP Quảng Ngãi' }],
    ['Nguồn: Sở Nội vụ', { source: 'Sở Nội vụ' }],
    ['Theo Báo Quảng Ninh', { source: 'Báo Quảng Ninh' }],
    ['Theo KDPT', { source: 'KDPT' }],
    ['(TTXVN/Vietnam+)', { source: 'TTXVN/Vietnam+' }],
    ['P.V (TTXVN/Vietnam+)', { author: 'P.V', source: 'TTXVN/Vietnam+' }],
  ])('%s', (line, expected) => {
    expect(readCreditLine(line)).toEqual(expected);
  });

  it.each([
    'Dịp này, UBND huyện cũng đã khen thưởng 3 tập thể và 6 cá nhân.',
    'Theo đó, các xã phải hoàn thành trước ngày 30/6.',
    'Kết quả cụ thể như sau:',
    'Hội nghị',
    'Theo dõi VOV.VN trên Facebook và Zalo',
  ])('ordinary text is not a credit: %s', (line) => {
    expect(readCreditLine(line)).toBeNull();
  });

  it('a sentence in Title Case words with a full stop is not a name', () => {
    expect(looksLikeName('Sở Nội Vụ Chủ Trì.')).toBe(false);
  });
});

describe('stripAgencyPrefix', () => {
  it.each([
    ['CTTĐT - Thực hiện Kế hoạch', 'Thực hiện Kế hoạch'],
    ['(Chinhphu.vn) - Thủ tướng yêu cầu', 'Thủ tướng yêu cầu'],
    ['VGP - Sáng 12/3', 'Sáng 12/3'],
    ['(Quang Binh Portal) - Chiều nay', 'Chiều nay'],
    ['(HNM) - Nhằm nâng cao', 'Nhằm nâng cao'],
    ['VOV.VN - Bộ Nội vụ', 'Bộ Nội vụ'],
    ['BDK - Sở Tư pháp', 'Sở Tư pháp'],
    ['COVID-19 làm chậm tiến độ', 'COVID-19 làm chậm tiến độ'],
    ['UBND tỉnh vừa ban hành', 'UBND tỉnh vừa ban hành'],
  ])('%s', (input, output) => {
    expect(stripAgencyPrefix(input)).toBe(output);
  });
});
