import { describe, expect, it } from 'vitest';
import { looksLikeArticleUrl } from '../../../lib/listing/article-url';

describe('looksLikeArticleUrl', () => {
  it.each([
    ['http://sonoivu.soctrang.gov.vn/web/sonoivu/-/asset_publisher/aXfR4pQz8LmN/content/my-xuyen-nang-cao', 'Liferay asset publisher'],
    ['http://www.hoabinh.gov.vn/web/guest/tin-tuc-su-kien/-/view_content/4521-cong-bo-chi-so', 'Liferay view_content'],
    ['https://moh.gov.vn/web/guest/-/bo-y-te-day-manh-cai-cach-hanh-chinh', 'Liferay friendly URL'],
    ['https://www.yenbai.gov.vn/Pages/chi-tiet-tin-tuc.aspx?ItemID=1234&l=TinTuc', 'SharePoint ItemID'],
    ['http://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=96312', 'SharePoint nid'],
    ['http://mof.gov.vn/webcenter/portal/btcvn/pages_r/l/chi-tiet-tin?dDocName=MOFUCM208451', 'WebCenter'],
    ['http://mod.gov.vn/wps/portal/!ut/p/z1/abc/?pers_id=1749513&item_id=19372680&p_details=1', 'WebSphere'],
    ['http://sotp.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/so-tu-phap-day-manh-1523.html', 'NukeViet'],
    ['https://baochinhphu.vn/day-manh-cung-cap-dich-vu-cong-102240305153512387.htm', 'e-newspaper id'],
    ['http://www.quangbinh.gov.vn/3cms/hoi-nghi-trien-khai-khao-sat.htm', '3CMS'],
    ['http://tthc.thuathienhue.gov.vn/?cn=28&gd=1&tc=4519', 'HueCIT'],
    ['http://thanhson.phutho.gov.vn/tintuc/chitiet.asp?id=1287&cat=12', 'classic ASP'],
    ['https://cantho.gov.vn/tin/can-tho-day-manh-99.aspx', 'slug with id'],
    ['http://www.bentre.gov.vn/ben-tre-day-manh-so-hoa-ho-so-ket-qua.aspx', 'long slug'],
  ])('%s is an article (%s)', (url) => {
    expect(looksLikeArticleUrl(new URL(url))).toBe(true);
  });

  it.each([
    ['http://sonoivu.soctrang.gov.vn/web/sonoivu/cai-cach-hanh-chinh', 'Liferay category'],
    ['http://sonoivu.soctrang.gov.vn/web/sonoivu/cai-cach-hanh-chinh?p_p_id=101_INSTANCE_x&_101_INSTANCE_x_cur=2', 'Liferay page 2'],
    ['http://sotp.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/', 'NukeViet category'],
    ['http://sotp.dongnai.gov.vn/vi/news/cai-cach-hanh-chinh/page-2', 'NukeViet page 2'],
    ['http://tthc.thuathienhue.gov.vn/?cn=28&gd=1', 'HueCIT category'],
    ['http://sotp.gov.vn/files/47_KH-UBND-ke-hoach-cai-cach-hanh-chinh-2024.pdf', 'a PDF'],
    ['http://sotp.gov.vn/uploads/anh-hoi-nghi-cai-cach-hanh-chinh-nam-2024-1.jpg', 'an image'],
    ['ftp://sotp.gov.vn/tin/a-b-c-d-e-f-1.html', 'not http'],
    ['https://www.quangninh.gov.vn/Trang/default.aspx', 'home page'],
  ])('%s is not an article (%s)', (url) => {
    expect(looksLikeArticleUrl(new URL(url))).toBe(false);
  });
});
