import type { SiteProfile } from './profile';
/** Oracle WebCenter portals (mof.gov.vn and others): `/webcenter/portal/…?dDocName=…`, ids like `T:oc_…:pbl1`. */
export const webcenter: SiteProfile = {
  id: 'webcenter',
  matches: (url, sig) =>
    /\/webcenter\/portal\//i.test(url.pathname) || /[?&]dDocName=/i.test(url.search) ||
    sig.generator.includes('webcenter') || sig.has('[id^="T:oc_"], [id*=":pbl"]'),
  title: ['.title-detail', '.detail-title', '.news-title', 'h1'],
  date: ['.mof-date', '.date-detail', '.detail-date', '.date', '[class*="date" i]'],
  lead: ['.sapo', '.summary-detail', '.detail-sapo', '.summary'],
  body: ['.content-detail', '.detail-content', '.news-content', '.content-news'],
  author: ['.mof-author', '.author-detail', '.author'],
  remove: ['.other-news', '.related-news', '.tool-detail'],
};
