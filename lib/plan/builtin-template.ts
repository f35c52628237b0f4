import type { ContentArea } from './types';

/**
 * The nine default content areas (DOMAIN.md): the six reform areas of Nghị quyết 76/NQ-CP (2021–2030) and three
 * cross-cutting areas plans add. A plan read from a document replaces or extends these.
 */
export const BUILTIN_AREAS: readonly ContentArea[] = [
  {
    code: 'the-che',
    title: 'Cải cách thể chế',
    text: 'Xây dựng, rà soát, hệ thống hóa văn bản quy phạm pháp luật; theo dõi thi hành pháp luật.',
    keywords: ['thể chế', 'hoàn thiện thể chế', 'văn bản quy phạm pháp luật', 'văn bản QPPL', 'xây dựng pháp luật', 'rà soát văn bản', 'kiểm tra văn bản', 'hệ thống hóa văn bản', 'thi hành pháp luật', 'theo dõi thi hành pháp luật', 'phổ biến, giáo dục pháp luật', 'pháp chế', 'dự thảo', 'lấy ý kiến', 'thẩm định dự thảo'],
  },
  {
    code: 'tthc',
    title: 'Cải cách thủ tục hành chính',
    text: 'Kiểm soát, cắt giảm, đơn giản hóa thủ tục hành chính; cơ chế một cửa, một cửa liên thông; Trung tâm Phục vụ hành chính công.',
    keywords: ['thủ tục hành chính', 'TTHC', 'một cửa', 'một cửa liên thông', 'kiểm soát thủ tục', 'cắt giảm, đơn giản hóa', 'công khai thủ tục', 'phục vụ hành chính công', 'bộ phận tiếp nhận và trả kết quả', 'giải quyết hồ sơ', 'bưu chính công ích'],
  },
  {
    code: 'bo-may',
    title: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    text: 'Sắp xếp, kiện toàn, sáp nhập cơ quan, đơn vị; tinh gọn bộ máy, tinh giản biên chế; vị trí việc làm.',
    keywords: ['tổ chức bộ máy', 'sắp xếp', 'sáp nhập', 'hợp nhất', 'kiện toàn', 'tinh gọn', 'tinh giản biên chế', 'biên chế', 'vị trí việc làm', 'cơ cấu tổ chức', 'chức năng, nhiệm vụ'],
  },
  {
    code: 'cong-vu',
    title: 'Cải cách chế độ công vụ',
    text: 'Tuyển dụng, đánh giá, kỷ luật, kỷ cương, đạo đức công vụ, văn hóa công sở, đào tạo, bồi dưỡng cán bộ, công chức, viên chức; chính sách tiền lương.',
    keywords: ['công vụ', 'công chức', 'viên chức', 'cán bộ, công chức, viên chức', 'tuyển dụng', 'thi tuyển', 'đánh giá, xếp loại', 'kỷ luật, kỷ cương', 'văn hóa công sở', 'đạo đức công vụ', 'đào tạo, bồi dưỡng', 'tiền lương', 'chính sách tiền lương'],
  },
  {
    code: 'tai-chinh-cong',
    title: 'Cải cách tài chính công',
    text: 'Cơ chế tự chủ tài chính, đơn vị sự nghiệp công lập, công khai ngân sách, thực hành tiết kiệm, chống lãng phí.',
    keywords: ['tài chính công', 'tự chủ tài chính', 'đơn vị sự nghiệp công lập', 'ngân sách', 'dự toán ngân sách', 'công khai ngân sách', 'chi thường xuyên', 'tiết kiệm, chống lãng phí', 'tài sản công', 'đầu tư công', 'quy chế chi tiêu nội bộ', 'khoán chi', 'cơ chế tự chủ'],
  },
  {
    code: 'chinh-phu-so',
    title: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    text: 'Dịch vụ công trực tuyến, chuyển đổi số, số hóa hồ sơ, thanh toán trực tuyến, định danh điện tử VNeID, ISO điện tử.',
    keywords: ['chính phủ điện tử', 'chính phủ số', 'chính quyền số', 'chuyển đổi số', 'dịch vụ công trực tuyến', 'số hóa', 'thanh toán trực tuyến', 'định danh điện tử', 'VNeID', 'ISO', 'chữ ký số', 'cơ sở dữ liệu', 'nền tảng số', 'công nghệ thông tin', 'trung tâm điều hành thông minh', 'trí tuệ nhân tạo'],
  },
  {
    code: 'chi-so',
    title: 'Kết quả các chỉ số',
    text: 'Chỉ số cải cách hành chính (PAR INDEX), chỉ số hài lòng (SIPAS), PAPI, PCI, chỉ số chuyển đổi số (DTI).',
    keywords: ['chỉ số', 'chỉ số cải cách hành chính', 'PAR INDEX', 'SIPAS', 'sự hài lòng', 'chỉ số hài lòng', 'PAPI', 'PCI', 'DTI', 'năng lực cạnh tranh', 'xếp hạng', 'tăng bậc', 'điều tra xã hội học', 'đo lường sự hài lòng'],
  },
  {
    code: 'chi-dao',
    title: 'Công tác chỉ đạo, điều hành, kiểm tra, tuyên truyền CCHC',
    text: 'Kế hoạch, kiểm tra, hội nghị, hội thi và công tác tuyên truyền cải cách hành chính.',
    keywords: ['chỉ đạo, điều hành', 'ban chỉ đạo', 'chỉ thị', 'kế hoạch cải cách hành chính', 'kiểm tra cải cách hành chính', 'hội nghị', 'hội thi', 'sơ kết', 'tổng kết', 'tuyên truyền cải cách hành chính', 'chuyên mục cải cách hành chính'],
  },
  {
    code: 'dien-hinh',
    title: 'Mô hình, sáng kiến, điển hình tiên tiến',
    text: 'Mô hình, sáng kiến, cách làm hay, điển hình tiên tiến; phản ánh, kiến nghị của người dân.',
    keywords: ['mô hình', 'sáng kiến', 'cách làm hay', 'điển hình tiên tiến', 'gương người tốt', 'khen thưởng', 'nhân rộng', 'phản ánh, kiến nghị', 'đường dây nóng', 'gương điển hình', 'tiêu biểu', 'biểu dương'],
  },
];
