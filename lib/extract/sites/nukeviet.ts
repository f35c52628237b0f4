import type { SiteProfile } from './profile';
/** NukeViet 4 (Đồng Nai departments, binhphuoc.gov.vn): generator tag, `/vi/news/<cat>/<slug>-<id>.html`. */
export const nukeviet: SiteProfile = {
  id: 'nukeviet',
  matches: (url, sig) =>
    sig.generator.includes('nukeviet') || /\/(vi\/)?news\/[^/]+\/[^/]+-\d+\.html?$/i.test(url.pathname) || sig.has('[id="news-bodyhtml"]'),
  title: ['.news_column h1.title', '.news-detail h1', 'h1.title', 'h1'],
  date: ['.news_column .time', '.news-detail .time', 'span.time', '.h-time', '[class*="time" i]'],
  lead: ['.news_column .hometext', '.hometext', '.news-detail .sapo'],
  body: ['#news-bodyhtml', '.news_column .bodytext', '.bodytext'],
  author: ['.news_column .author', '.author', '.news-author'],
  attachments: ['.news-download-file', '.download', '.news_column .files'],
  leadImage: ['.news_column figure.article', 'figure.article', '.imghome', '#imghome'],
  remove: ['.news_column .related', '.related', '.socialicon', '.news-tags', '.other-news'],
};
