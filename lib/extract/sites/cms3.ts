import type { SiteProfile } from './profile';
/** 3CMS portals (quangbinh.gov.vn/3cms/): `/3cms/<slug>.htm`, toolbar "Bản in / Gởi bài viết". */
export const cms3: SiteProfile = {
  id: '3cms',
  matches: (url, sig) => /\/3cms\//i.test(url.pathname) || sig.has('[class*="3cms" i], [id*="3cms" i]'),
  title: ['.article-title', '.title-detail', '.news-title', '.article-title', 'h1'],
  date: ['.article-date', '.date-detail', '.news-date', '.datetime', '[class*="date" i]'],
  lead: ['.article-sapo', '.sapo-detail', '.sapo', '.summary', '.lead'],
  body: ['.article-content', '#article-content', '.content-detail', '.news-content', '.article-content', '.detail-content'],
  author: ['.author-detail', '.author'],
  remove: ['.article-tools', '.tool-detail', '.print-send', '.related-news', '.other-news'],
};
