import type { SiteProfile } from './profile';
/** The Government e-newspaper family: baochinhphu.vn and the *.chinhphu.vn sites built on the same CMS. */
export const baochinhphu: SiteProfile = {
  id: 'baochinhphu',
  matches: (url, sig) => /(^|\.)(baochinhphu\.vn|chinhphu\.vn)$/.test(url.hostname) || sig.has('.afcbc-body'),
  title: ['h1.detail-title', '.detail-title h1', 'h1.title'],
  date: ['.detail-time', '.detail-info .time'],
  lead: ['h2.detail-sapo', '.detail-sapo'],
  body: ['div.detail-content.afcbc-body', '.detail-content', '.detail-cmain'],
  author: ['.detail-author', '.author-info .name'],
  remove: ['.detail-relate', '.VCSortableInPreviewMode[type="RelatedNewsBox"]', '[data-role="adv"]', '.adv', '.ads', '.kbwscwl-relatedbox'],
};
