import type { SiteProfile } from './profile';
/** mojoPortal-based ASP.NET portals (Bến Tre): body `#article_text`, author `#Author` after the body. */
export const mojoportal: SiteProfile = {
  id: 'mojoportal',
  matches: (_url, sig) => sig.has('[id="article_text"], .left-article-more-container, .blogattachment'),
  title: ['.article-title h1', 'h1.article-title', '.art-postheader', '.blogtitle', 'h1', 'h2.article-title'],
  date: ['.left-article-more-container', '.article-date', '.blogdate'],
  lead: ['.article-summary', '.sapo', '.blogsummary'],
  body: ['div.articletext#article_text', '#article_text', '.blogtext'],
  author: ['div.article-author#Author', '#Author', '.article-author'],
  attachments: ['.blogattachment'],
  remove: ['.tags-detail', '.article-tools', '.related-article', '.blognavigation'],
};
