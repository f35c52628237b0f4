import type { SiteProfile } from './profile';
/**
 * DotNetNuke (DNN) portals with the DNNArticle news module (An Giang and other provinces' departments):
 * `generator` DotNetNuke, `dnn_ctr<N>_…` ids, URLs `…/articletype/articleview/articleid/<N>/<slug>`. Readability
 * alone takes the module's related-articles list and misses the camel-case `articleSummary` lead.
 */
export const dotnetnuke: SiteProfile = {
  id: 'dotnetnuke',
  matches: (url, sig) =>
    sig.generator.includes('dotnetnuke') || /\/articletype\/articleview\/articleid\/\d+/i.test(url.pathname) || sig.has('[id^="dnn_ctr"]'),
  title: ['.articleTitle', '.ModDNNArticleC h1'],
  date: ['.articleInfo .articleDate', '.articleDate'],
  lead: ['.articleSummary'],
  body: ['.articleContent', '[id$="_divArticle"]'],
  author: ['.articleAuthor'],
  remove: ['.articleTools', '.articleRelated', '.articleViews'],
};
