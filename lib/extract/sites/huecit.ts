import type { SiteProfile } from './profile';

/** HueCIT multi-level portals (*.thuathienhue.gov.vn): `/?cn=…&gd=…&tc=…`. */
export const huecit: SiteProfile = {
  id: 'huecit',
  matches: (doc, url) => /thuathienhue\.gov\.vn$/.test(url.hostname) || (/[?&]gd=/.test(url.search) && /[?&]cn=/.test(url.search)),
  title: ['.news-detail-title', '.title-news', '.title_detail', '.news-title', 'h1'],
  date: ['.news-detail-date', '.date-news', '.date_detail', '[class*="date" i]'],
  lead: ['.news-detail-sapo', '.sapo', '.summary'],
  body: ['.news-detail-content', '.content_detail', '.news-content', '.detail-content'],
  author: ['.news-detail-author', '.author'],
  remove: ['.news-other', '.other-news', '.related-news'],
};
