import { describe, expect, it } from 'vitest';
import { findQuotas, parseQuotaTerms } from '../../../lib/plan/find-quotas';

describe('parseQuotaTerms', () => {
  it.each([
    ['Phân công các phòng gửi tin, bài … số lượng tối thiểu 04 tin, bài/năm.', [{ count: 4, period: 'year', what: ['tin', 'bài'] }]],
    ['Mỗi phòng định kỳ 01 bài/tháng gửi Ban Biên tập.', [{ count: 1, period: 'month', what: ['bài'] }]],
    ['Số lượng và tần suất phát sóng: 96 số (02 số/tuần);', [{ count: 2, period: 'week', what: ['số'] }]],
    ['Cập nhật tin về cải cách hành chính 1 lần/quý.', [{ count: 1, period: 'quarter', what: [] }]],
    ['Mỗi đơn vị gửi ít nhất 04 tin/bài/năm.', [{ count: 4, period: 'year', what: ['tin', 'bài'] }]],
    ['Tối thiểu 02 tin, bài, ảnh/tháng.', [{ count: 2, period: 'month', what: ['tin', 'bài', 'ảnh'] }]],
    ['Gửi 02 tin, ảnh / 6 tháng.', [{ count: 2, period: 'half-year', what: ['tin', 'ảnh'] }]],
  ])('%s', (sentence, expected) => {
    expect(parseQuotaTerms(sentence)).toEqual(expected);
  });

  it.each([
    ['100% thủ tục hành chính được công khai trên Cổng dịch vụ công.'],
    ['Phấn đấu 80% hồ sơ/năm được giải quyết trực tuyến.'],
    ['Tổ chức 01 hội nghị/năm tuyên truyền các văn bản mới.'],
    ['Vận động xã hội hóa 07 bảng pano điện tử tuyên truyền trên các tuyến đường chính.'],
    ['Tổ chức 02 cuộc thi tìm hiểu về cải cách hành chính trong năm 2020.'],
    ['Báo cáo định kỳ hàng quý, 6 tháng, năm về Sở Nội vụ.'],
  ])('not a quota: %s', (sentence) => {
    expect(parseQuotaTerms(sentence)).toEqual([]);
  });
});

describe('findQuotas', () => {
  it('gives the quota to the unit on the block\'s "Cơ quan chủ trì" line', () => {
    const lines = ['a) Thực hiện Chuyên mục:', '- Số lượng: 96 số (02 số/tuần);', '- Cơ quan chủ trì: Trung tâm Truyền thanh quận;', 'b) Khác'];
    expect(findQuotas(lines, ['Trung tâm Truyền thanh quận'])).toEqual([
      { unit: 'Trung tâm Truyền thanh quận', count: 2, period: 'week', what: ['số'] },
    ]);
  });

  it('gives the quota to every unit when the sentence assigns "các phòng và đơn vị"', () => {
    const lines = ['- Phân công các phòng và đơn vị gửi tin, bài về Phòng A, số lượng tối thiểu 04 tin, bài/năm.'];
    expect(findQuotas(lines, ['Phòng A'])).toEqual([{ unit: null, count: 4, period: 'year', what: ['tin', 'bài'] }]);
  });

  it('gives the quota to the unit the sentence opens with', () => {
    const lines = ['2. Phòng Nội vụ quận định kỳ 01 bài/tháng đăng Trang thông tin điện tử quận.'];
    expect(findQuotas(lines, ['Phòng Nội vụ quận'])).toEqual([{ unit: 'Phòng Nội vụ quận', count: 1, period: 'month', what: ['bài'] }]);
  });
});
