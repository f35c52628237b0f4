import type { SiteProfile } from './profile';
/** IBM WebSphere Portal sites (mod.gov.vn): `/wps/portal/!ut/p/…`. */
export const websphere: SiteProfile = {
  id: 'websphere',
  matches: (url, sig) =>
    /\/wps\/(portal|wcm)\//i.test(url.pathname) || sig.has('.wpthemeFrame, .wpthemeMainContent, [id^="layoutContainers"]'),
  title: ['.article-title', '.news-title', '.title-detail', '.wpthemeMainContent div.title', 'div.title', 'h1'],
  date: ['.article-date', '.news-date', '.date', '[class*="date" i]'],
  lead: ['.article-summary', '.sapo', '.summary'],
  body: ['.article-content', '.news-content', '.content-detail', '.wcm-content'],
  author: ['.article-author', '.author'],
  remove: ['.related-news', '.other-news', '.article-tools'],
};
