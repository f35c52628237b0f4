import type { SiteProfile } from './profile';
/** HueCIT multi-level portals (*.thuathienhue.gov.vn): `/?cn=…&gd=…&tc=…`. */
export const huecit: SiteProfile = {
  id: 'huecit',
  matches: (url) => /thuathienhue\.gov\.vn$/.test(url.hostname) || (/[?&]gd=/.test(url.search) && /[?&]cn=/.test(url.search)),
  title: ['.tieude-tin', '.news-detail-title', '.title-news', '.title_detail', '.news-title', 'h1'],
  date: ['.ngay-tin', '.news-detail-date', '.date-news', '.date_detail', '[class*="date" i]'],
  lead: ['.trichyeu-tin', '.news-detail-sapo', '.sapo', '.summary'],
  body: ['.noidung-tin', '#noidung', '.news-detail-content', '.content_detail', '.news-content', '.detail-content'],
  author: ['.news-detail-author', '.author'],
  attachments: ['.dinhkem-tin'],
  remove: ['.tinkhac', '.news-other', '.other-news', '.related-news'],
};
