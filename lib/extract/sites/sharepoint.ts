import type { SiteProfile } from './profile';
/** SharePoint portals (many ministries and provinces): `/Pages/*.aspx`, `ctl00_…` ids, "Skip Ribbon Commands". */
export const sharepoint: SiteProfile = {
  id: 'sharepoint',
  matches: (url, sig) =>
    /\/(Pages|Trang)\/[^/]+\.aspx$/i.test(url.pathname) || sig.generator.includes('sharepoint') ||
    sig.has('[id^="s4-workspace"], [id^="s4-ribbonrow"], [id^="ctl00_"], .ms-skiplink'),
  title: ['.tieudetin', 'h1.tieude', '.tin-chitiet h1', '.news-title h1', '.NewsTitle', '.title-detail', 'h1.title', '.ms-rtestate-field h1', 'h1'],
  date: ['.ngaydangtin', '.ngaydang', '.news-date', '.NewsDate', '.date', '[class*="date" i]', '[class*="ngay" i]'],
  lead: ['.tomtat', '.news-summary', '.NewsSummary', '.sapo', '.summary'],
  body: ['.noidungtin', '.news-content', '.NewsContent', '.ms-rtestate-field', '.content-detail'],
  author: ['.tacgia', '.news-author', '.author'],
  remove: ['#s4-ribbonrow', '.ms-skiplink', '.s4-notdlg', '.ms-hide', '.tin-lien-quan', '.other-news', '.ms-webpart-titleText'],
};
