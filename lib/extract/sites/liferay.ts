import type { SiteProfile } from './profile';
/** Liferay portals: the stock Asset Publisher and the vendor portlets (VNPT, EcoIT, FDS) built on it. */
export const liferay: SiteProfile = {
  id: 'liferay',
  matches: (url, sig) =>
    /\/-\/asset_publisher\/|\/web\/[^/]+\/-\/|[?&]p_p_id=/.test(url.pathname + url.search) ||
    sig.has('.portlet-asset-publisher, .journal-content-article, [id^="p_p_id_"]'),
  title: ['.title-news h1', '.asset-full-content h1', '.news-detail h1', '.detail-news h1', '.portlet-body h1.title', 'h1.header-title', '.asset-title', 'h3.title-news'],
  date: ['.date-news', '.news-date', '.date-time', '.time-news', '.publish-date', '[class*="date"]', '[class*="time"]'],
  lead: ['.sapo', '.news-sapo', '.summary', '.asset-summary', '.description-news'],
  body: ['.journal-content-article', '.asset-content .journal-content-article', '.news-content', '.content-news', '.detail-content'],
  author: ['.author-news', '.news-author', '.author'],
  remove: ['.taglib-social-bookmarks', '.lfr-pagination-buttons', '.asset-links', '.taglib-ratings', '.related-assets', '.print-action', '.entry-links'],
};
