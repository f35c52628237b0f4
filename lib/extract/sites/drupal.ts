import type { SiteProfile } from './profile';
/**
 * Drupal 7 and 8+ sites (provincial CCHC pages, district portals): `generator` Drupal. The article is a node whose
 * fields sit side by side (`field-name-body` / `field--name-body`, a summary field, author and file fields), so
 * Readability alone keeps only the body field and loses the author field printed after it.
 */
export const drupal: SiteProfile = {
  id: 'drupal',
  matches: (_url, sig) => sig.generator.includes('drupal'),
  title: ['h1#page-title', 'h1.page-title', '.node h1', 'h1.title'],
  date: ['.node .submitted', '.submitted', '.node__meta', '.field-name-post-date', '.field--name-created'],
  lead: ['.field-name-field-tom-tat', '.field-name-field-sapo', '.field-name-field-summary', '.field--name-field-tom-tat', '.field--name-field-sapo', '.field--name-field-summary'],
  body: ['.field-name-body .field-item', '.field--name-body', '.field-name-body', '.node .content'],
  author: ['.field-name-field-tac-gia .field-item', '.field-name-field-author .field-item', '.field--name-field-tac-gia .field__item', '.field--name-field-author .field__item'],
  attachments: ['.field-type-file', '.field--type-file'],
  remove: ['.field-name-field-tags', '.field--name-field-tags', '.links.inline', '.print_html'],
};
