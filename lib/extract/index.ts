import { cleanText, countWords, hasText } from '../text/clean';
import { collectAttachments, findAttachmentBlocks, removeAttachmentSections } from './attachments';
import { readCreditLine, type Credits } from './byline';
import { trimBodyHead } from './body-head';
import { findArticleDates } from './date-line';
import { bylineBefore, commonBodyContainer } from './common-body';
import { linkDensity } from './link-density';
import { locateOriginalContainer } from './original-container';
import { removeFurniture } from './furniture';
import { absoluteUrl, collectImages, figuresFromCaptionTables, figuresFromTitledImages } from './images';
import { hasAgencyPrefix, stripAgencyPrefix } from './lead';
import { toMarkdown } from './markdown';
import { readMetadata } from './metadata';
import { parseWithReadability, type ReadabilityArticle } from './readability-run';
import { sanitizeArticle } from './sanitize';
import { findProfile } from './sites';
import { pageSignature, type SiteProfile } from './sites/profile';
import type { ArticleDraft, Extraction } from './types';

export type { ArticleDraft, Extraction, ExtractedAttachment, ExtractedImage } from './types';

/** What the caller knows besides the document. */
export interface ExtractOptions {
  /** The page's address (the tab's URL, or `--url` for a saved file). */
  url: string;
  /** When set, only this part of the page (the editor's selection) becomes the body; metadata still comes from the page. */
  selection?: Node | null;
  /** The clock, for rejecting future dates; tests freeze it. */
  now?: Date;
  /** Debug: when given, receives the milliseconds each step of the pipeline took. */
  timings?: Record<string, number>;
}

/** Records the time since the previous mark under `step`, when timings were asked for. */
function stepTimer(timings: Record<string, number> | undefined): (step: string) => void {
  if (!timings) return () => undefined;
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + (now - last);
    last = now;
  };
}

const LEAD_WORDS = ['sapo', 'lead', 'summary', 'tomtat', 'tom-tat', 'trichyeu', 'trich-yeu', 'mota', 'description', 'teaser', 'intro', 'hometext', 'chapeau'];
const LEAD_CLASS = new RegExp(`(^|[\\s_-])(${LEAD_WORDS.join('|')})([\\s_-]|$)`, 'i');
/** Elements whose class merely contains a lead word: the browser narrows the page to them, LEAD_CLASS decides. */
const LEAD_CLASS_SELECTOR = LEAD_WORDS.map((word) => `[class*="${word}" i]`).join(', ');
const BLOCK_TAGS = 'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, td, section, article';
const NOT_AUTHORS = /^(admin|administrator|webmaster|quản trị|quan tri|ban biên tập|btv|editor)$/i;

/** Letters only Vietnamese writes (â, ê, ô are left out: French and Portuguese have them too). */
const ONLY_VIETNAMESE = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;

/**
 * Whether a page is most likely Vietnamese before its body is known: its declared language, its host, or at
 * least two letters in its title that only Vietnamese writes (portal templates often declare `lang="en"`).
 */
function likelyVietnamese(doc: Document, language: string | null | undefined, url: URL): boolean {
  return language === 'vi' || url.hostname.endsWith('.vn') || (doc.title.match(ONLY_VIETNAMESE)?.length ?? 0) >= 2;
}

function firstElement(root: ParentNode, selectors: string[] | undefined, minText = 1): Element | null {
  for (const selector of selectors ?? []) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (cleanText(el.textContent).length >= minText) return el;
    }
  }
  return null;
}

function allElements(root: ParentNode, selectors: string[] | undefined): Element[] {
  return (selectors ?? []).flatMap((s) => Array.from(root.querySelectorAll(s)));
}

/** The body element a profile points at: the matching element with the most text, if it has enough to be an article. */
function profileBody(doc: Document, profile: SiteProfile | null): Element | null {
  if (!profile?.body) return null;
  for (const selector of profile.body) {
    const best = Array.from(doc.querySelectorAll(selector))
      .map((el) => ({ el, length: cleanText(el.textContent).length }))
      .sort((a, b) => b.length - a.length)[0];
    if (best && best.length >= 150) return best.el;
  }
  return null;
}

/** Leaf blocks (no block children) with text, in document order. */
function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(BLOCK_TAGS)).filter(isLeafBlock);
}

/**
 * Whether a block holds text and no other block, image or table. The browser's own selector checks come first:
 * reading a container's text (the whole article, for the body's wrapper) once per block made this quadratic.
 */
function isLeafBlock(el: Element): boolean {
  return !el.querySelector(BLOCK_TAGS) && !el.querySelector('img, table') && hasText(el.textContent);
}

/** The body's first leaf block ({@link leafBlocks}), without testing the others. */
function firstLeafBlock(root: Element): Element | null {
  const blocks = root.querySelectorAll(BLOCK_TAGS);
  for (let i = 0; i < blocks.length; i++) if (isLeafBlock(blocks[i]!)) return blocks[i]!;
  return null;
}

/** The body's last `count` leaf blocks in document order ({@link leafBlocks}), without testing the others. */
function lastLeafBlocks(root: Element, count: number): Element[] {
  const blocks = root.querySelectorAll(BLOCK_TAGS);
  const out: Element[] = [];
  for (let i = blocks.length - 1; i >= 0 && out.length < count; i--) if (isLeafBlock(blocks[i]!)) out.unshift(blocks[i]!);
  return out;
}

/** Removes an element and any ancestors that it leaves empty, up to (not including) the root. */
function removeUp(el: Element, root: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    node.remove();
    if (!parent || parent === root || cleanText(parent.textContent) !== '' || parent.querySelector('img, table')) break;
    node = parent;
  }
}

/**
 * Reads author and source lines from the end of the body (`Tin, ảnh: …`, `Nguồn: …`, `Theo …`, `(TTXVN)`, names in
 * capitals or initials) and removes them from it. Stops at the first closing line that is ordinary text.
 */
function takeClosingCredits(body: Element): Credits {
  const credits: Credits = { author: null, source: null };
  const blocks = lastLeafBlocks(body, 4);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    // A credit split in one block by line breaks: "Tin, ảnh: X<br>Nguồn: Y".
    const lines = (block.textContent ?? '').split(/\n|\r/).map(cleanText).filter(Boolean);
    const parsed = (lines.length > 1 ? lines : [cleanText(block.textContent)]).map(readCreditLine);
    if (parsed.some((p) => p === null)) break;
    for (const p of parsed) {
      if (p?.author && !credits.author) credits.author = p.author;
      if (p?.source && !credits.source) credits.source = p.source;
    }
    removeUp(block, body);
  }
  return credits;
}

/** Reads credit lines from the few short blocks right after the body element in the page. */
function creditsAfter(bodySource: Element): Credits {
  const credits: Credits = { author: null, source: null };
  let next = bodySource.nextElementSibling;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    const text = cleanText(next.textContent);
    if (!text) continue;
    if (text.length > 300) break;
    const blocks = next.querySelector(BLOCK_TAGS) ? leafBlocks(next) : [next];
    const parsed = blocks.map((b) => readCreditLine(b.textContent ?? ''));
    if (parsed.some((p) => p === null)) continue;
    for (const p of parsed) {
      credits.author ??= p?.author ?? null;
      credits.source ??= p?.source ?? null;
    }
  }
  return credits;
}

function firstTextNode(root: Node): Text | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.textContent ?? '').trim()) return node as Text;
  }
  return null;
}

/** Removes the agency prefix ("CTTĐT -", "(Chinhphu.vn) -") from the first line of the body, in place. */
function stripBodyPrefix(body: Element): void {
  const first = firstLeafBlock(body);
  if (!first || !hasAgencyPrefix(first.textContent ?? '')) return;
  const text = firstTextNode(first);
  if (!text) return;
  const stripped = stripAgencyPrefix(text.textContent ?? '');
  if (hasAgencyPrefix(text.textContent ?? '')) text.textContent = stripped;
  else if (/^\s*\(?[^()]{1,40}\)?\s*$/.test(text.textContent ?? '')) text.textContent = ''; // prefix in its own <strong>
  const next = firstTextNode(first);
  if (next) next.textContent = (next.textContent ?? '').replace(/^\s*[-–—:]\s*/, '');
}

/** Finds the lead: the profile's sapo, an element with a lead class near the title, or the body's bold first paragraph. */
function takeLead(doc: Document, body: Element, profile: SiteProfile | null, titleEl: Element | null, description: string | null): string {
  const fromProfile = firstElement(doc, profile?.lead, 20);
  let lead = fromProfile ? stripAgencyPrefix(fromProfile.textContent ?? '') : '';
  if (!lead) {
    const classed = Array.from(doc.querySelectorAll(LEAD_CLASS_SELECTOR)).find((el) => {
      if (!LEAD_CLASS.test(el.getAttribute('class') ?? '') || el.closest('nav, footer, aside')) return false;
      const length = cleanText(el.textContent).length;
      return length >= 30 && length <= 1200 && (!titleEl || (titleEl.compareDocumentPosition(el) & 4) !== 0);
    });
    if (classed) lead = stripAgencyPrefix(classed.textContent ?? '');
  }
  const first = firstLeafBlock(body);
  if (first) {
    const firstText = stripAgencyPrefix(first.textContent ?? '');
    const strong = Array.from(first.querySelectorAll('strong, b')).map((e) => e.textContent ?? '').join('');
    const bold = cleanText(strong).length >= cleanText(first.textContent).length * 0.8 && firstText.length >= 40;
    if (lead && (firstText === lead || (lead.length > 40 && firstText.startsWith(lead.slice(0, 60))))) removeUp(first, body);
    else if (!lead && (bold || LEAD_CLASS.test(first.getAttribute('class') ?? ''))) {
      lead = firstText;
      removeUp(first, body);
    } else if (!lead && description) {
      // The page's description repeats (often cut short) the first paragraph: that paragraph is the sapo.
      const start = stripAgencyPrefix(description).replace(/(\.\.\.|…)$/, '').slice(0, 60);
      if (start.length >= 30 && firstText.startsWith(start)) {
        lead = firstText;
        removeUp(first, body);
      }
    }
  }
  return lead;
}

function cleanTitle(raw: string, siteName: string | null): string {
  let title = cleanText(raw);
  if (siteName) {
    for (const sep of [' - ', ' | ', ' – ', ' :: ']) {
      if (title.endsWith(sep + siteName)) title = title.slice(0, -(sep + siteName).length);
      if (title.startsWith(siteName + sep)) title = title.slice((siteName + sep).length);
    }
  }
  return title;
}

/** Texts that are a portal's name (the logo line), never an article's headline. */
const PORTAL_NAME = /^(cổng|trang) (thông tin|ttđt|tt điện tử)|^(cong|trang) thong tin|^báo điện tử|^chào mừng/i;
/** Titles of sidebar blocks and widgets ("Văn bản mới", "Thống kê truy cập"), never a headline. */
const WIDGET_TITLE = /^(tin|bài viết|văn bản|thông báo|liên kết|thống kê|tra cứu|chuyên mục|danh mục|tìm kiếm|lịch công tác|hỏi đáp|thư viện|hình ảnh|video|số lượt truy cập|lượt truy cập|đọc nhiều|xem nhiều)(?=\s|$).{0,30}$/i;
const OUTSIDE_ARTICLE = 'nav, footer, aside, [class*="logo" i], [class*="banner" i], [id*="logo" i], [class*="menu" i], [id*="menu" i]';
/** The page header (logo, portal name); an `<article>`'s own header holds the headline and is not it. */
const PAGE_HEADER = 'header, #header, .header, #top-header, .top-header';

/**
 * A headline element: among the page's h1s and title-classed headings that are not the site's logo text or
 * furniture, the one the page's own title names (longest such), else the first.
 */
function headingElement(doc: Document, pageTitle: string): Element | null {
  const selector = 'h1, h2, [itemprop="headline"], h3[class*="title" i], [class*="tieude" i], [class*="tieu-de" i], div[class*="title" i]';
  const candidates = Array.from(doc.querySelectorAll(selector)).filter((el) => {
    const text = cleanText(el.textContent);
    if (text.length < 10 || text.length > 300 || PORTAL_NAME.test(text)) return false;
    if (el.closest(OUTSIDE_ARTICLE)) return false;
    if (el.closest(PAGE_HEADER) && !el.closest('article, main, [role="main"]')) return false;
    // A block title over a list ("Tin liên quan") or a widget is not a headline.
    return !WIDGET_TITLE.test(text) || el.tagName === 'H1';
  });
  const named = candidates
    .filter((el) => pageTitle.includes(cleanText(el.textContent)))
    .sort((a, b) => cleanText(b.textContent).length - cleanText(a.textContent).length);
  const headline = candidates.find((el) => el.getAttribute('itemprop') === 'headline');
  const long = candidates.find((el) => cleanText(el.textContent).split(' ').length >= 5);
  return named[0] ?? headline ?? candidates.find((el) => el.tagName === 'H1') ?? long ?? candidates[0] ?? null;
}

function makeLinksAbsolute(body: Element, base: string): void {
  for (const link of Array.from(body.querySelectorAll('a[href]'))) {
    const href = absoluteUrl(link.getAttribute('href'), base);
    if (href) link.setAttribute('href', href);
    else link.removeAttribute('href');
  }
}

/**
 * Reads the article of a page where it is (the part that runs in the tab): title, lead, dates, author, source,
 * images with captions, attachments and the body's HTML, cleaned of furniture but NOT yet sanitised. Main content
 * comes from the platform profile when it recognises the page, else from Mozilla Readability; the Vietnamese layer
 * (date lines, sapo prefixes, closing bylines, portal furniture) runs on both. The document is not modified.
 * Returns null when the page has no body to read. Sanitising and Markdown ({@link finishArticle}) happen on the
 * extension's side, so nothing the page controls is trusted.
 */
export function readArticle(doc: Document, options: ExtractOptions): ArticleDraft | null {
  const now = options.now ?? new Date();
  const pageUrl = new URL(options.url);
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = absoluteUrl(baseHref, pageUrl.href) ?? pageUrl.href;
  const mark = stepTimer(options.timings);
  const meta = readMetadata(doc, base);
  mark('metadata');
  const signature = pageSignature(doc);
  const viLikely = likelyVietnamese(doc, meta.language, pageUrl);
  // The platforms are used worldwide (Drupal, SharePoint, Liferay…); their Vietnamese profiles serve Vietnamese pages.
  const profile = viLikely ? findProfile(doc, pageUrl, signature) : null;
  const profileTitle = firstElement(doc, profile?.title, 5);
  const heading = profileTitle ?? headingElement(doc, `${meta.title ?? ''} ${doc.title}`);
  mark('profile+heading');

  // Body: the selection, the profile's body element, a well-known container, or Readability's pick.
  let body: Element | null = null;
  let readability: ReadabilityArticle = null;
  let bodySource: Element | null = null;
  // On a Vietnamese page with no profile body, a well-known body container spares Readability's whole-page scoring.
  let common: Element | null = null;
  if (options.selection) {
    body = doc.createElement('div');
    body.append(options.selection.cloneNode(true));
  } else {
    const fromProfile = profileBody(doc, profile);
    if (!fromProfile && viLikely) common = commonBodyContainer(doc);
    if (fromProfile) {
      // A body that is a table cell (3CMS, old ASP.NET layouts) becomes a plain container.
      body = doc.createElement('div');
      const lead = firstElement(doc, profile?.leadImage, 0);
      if (lead?.querySelector('img') && !fromProfile.contains(lead)) body.append(lead.cloneNode(true));
      body.append(...Array.from(fromProfile.cloneNode(true).childNodes));
      bodySource = fromProfile;
    }
    else if (common) {
      body = doc.createElement('div');
      body.append(...Array.from(common.cloneNode(true).childNodes));
      bodySource = common;
    }
    else {
      const copy = doc.cloneNode(true) as Document;
      readability = parseWithReadability(copy);
      body = readability?.content ?? null;
    }
  }
  mark('body');
  if (!body) return null;

  // A profile is only looked for on likely Vietnamese pages; the headline can still tell an unmarked page.
  const vietnamese = viLikely || (((heading?.textContent ?? '') + (readability?.title ?? '') + doc.title).match(ONLY_VIETNAMESE)?.length ?? 0) >= 2;
  // Where Readability's article sits in the page itself: only the Vietnamese layer looks beside it.
  if (vietnamese && readability && !bodySource) bodySource = locateOriginalContainer(doc, body);

  // Title: the platform's headline, else metadata / Readability, narrowed to the on-page headline when the
  // metadata title is that headline plus the site's name.
  let title = profileTitle ? cleanText(profileTitle.textContent) : '';
  if (!title) {
    const raw = readability?.title ?? meta.title ?? doc.title;
    // The site's name is cut from Vietnamese portals' titles; elsewhere Readability's choice stands as it is.
    title = vietnamese ? cleanTitle(raw, meta.siteName) : cleanText(raw);
    const h = heading ? cleanText(heading.textContent) : '';
    // Vietnamese portals often title every page with the portal's name: trust the on-page headline there.
    // Elsewhere Readability's title (which already weighs the headline against <title>) stands.
    if (vietnamese && h && (title.includes(h) ? title !== h : !title || h.length >= 15)) title = h;
    if (!title) title = h;
  }

  // Portal furniture is a Vietnamese-site problem; elsewhere Readability's cleaning stands untouched.
  if (vietnamese) removeFurniture(body, profile?.remove);
  mark('furniture');
  if (profile?.title) for (const el of allElements(body, profile.title)) el.remove();
  for (const el of Array.from(body.querySelectorAll('h1'))) if (cleanText(el.textContent) === title) el.remove();

  const dates = findArticleDates(doc, {
    url: pageUrl.href,
    now,
    metaPublished: (vietnamese ? meta.published ?? readability?.publishedTime : readability?.publishedTime ?? meta.published) ?? null,
    metaUpdated: meta.updated,
    profileDates: allElements(doc, profile?.date),
    titleEl: heading,
    visibleLines: vietnamese,
  });
  mark('dates');
  // A date line copied into the body is furniture there.
  for (const el of allElements(body, profile?.date)) el.remove();

  // Attachments first: their section at the end of the body would otherwise hide the closing byline.
  const attachmentAreas = [
    body,
    ...allElements(doc, profile?.attachments),
    ...(vietnamese ? findAttachmentBlocks(doc) : []),
    // Readability drops link-only blocks (WordPress file blocks, Joomla attachment tables) from its copy.
    ...(vietnamese && bodySource ? [bodySource] : []),
  ];
  const attachments = collectAttachments(attachmentAreas, base);
  if (vietnamese) removeAttachmentSections(body, base);
  mark('attachments');

  let lead = '';
  let credits: Credits = { author: null, source: null };
  if (vietnamese) {
    trimBodyHead(body, title, now);
    mark('body-head');
    if (!options.selection) lead = takeLead(doc, body, profile, heading, meta.description);
    else lead = stripAgencyPrefix(firstElement(doc, profile?.lead, 20)?.textContent ?? '');
    mark('lead');
    credits = takeClosingCredits(body);
    if (bodySource && (!credits.author || !credits.source)) {
      // Bylines printed just after the body element (NukeViet: "Tác giả: …", "Nguồn tin: …").
      const after = creditsAfter(bodySource);
      credits = { author: credits.author ?? after.author, source: credits.source ?? after.source };
    }
    stripBodyPrefix(body);
    const profileAuthor = firstElement(doc, profile?.author, 2);
    if (!credits.author && profileAuthor) {
      const line = readCreditLine(profileAuthor.textContent ?? '');
      credits.author = line?.author ?? (cleanText(profileAuthor.textContent).replace(/^(tác giả|tin|bài)\s*:\s*/i, '') || null);
      if (line?.source && !credits.source) credits.source = line.source;
    }
    for (const el of allElements(body, profile?.author)) el.remove();
  } else {
    lead = cleanText(readability?.excerpt ?? meta.description);
  }
  mark('credits');
  figuresFromCaptionTables(body);
  figuresFromTitledImages(body);
  const images = collectImages(body, base);
  makeLinksAbsolute(body, base);

  let author: string | null;
  if (vietnamese) {
    // Readability lifts a byline element out of the body ("P.V (TTXVN/Vietnam+)"): read it like a closing line.
    // A body from a well-known container has its byline read the same way.
    const bylineText = readability?.byline || (common ? bylineBefore(doc, common) : null);
    const byline = bylineText ? readCreditLine(bylineText) : null;
    if (byline?.source && !credits.source) credits.source = byline.source;
    const bylineAuthor = byline ? byline.author ?? null : bylineText ? cleanText(bylineText) : null;
    author = credits.author ?? bylineAuthor ?? meta.author;
    // Portals fill the author meta with the site or its administrator.
    if (author && (NOT_AUTHORS.test(author) || author === meta.siteName)) author = null;
  } else {
    author = readability ? cleanText(readability.byline) || null : meta.author;
  }


  mark('images+links');
  return {
    url: pageUrl.href,
    canonicalUrl: meta.canonicalUrl,
    title,
    lead: lead.normalize('NFC'),
    author: author ? author.normalize('NFC') : null,
    source: credits.source ? credits.source.normalize('NFC') : null,
    published: dates.published,
    updated: dates.updated,
    siteName: meta.siteName ?? (readability?.siteName ? cleanText(readability.siteName) : null),
    language: meta.language ?? (readability?.lang ? readability.lang.split('-')[0]!.toLowerCase() : vietnamese ? 'vi' : null),
    rawHtml: body.innerHTML,
    selectionOnly: Boolean(options.selection),
    images,
    attachments,
  };
}

/**
 * Finishes an article read by {@link readArticle}: sanitises its body with DOMPurify in `win` (a window of the
 * extension's own, or jsdom's), converts it to Markdown and counts its words. Returns null when what is left is no
 * article: nothing readable, or only a list of links (a portal's home or category page).
 */
export function finishArticle(draft: ArticleDraft, win: Window, timings?: Record<string, number>): Extraction | null {
  const mark = stepTimer(timings);
  const clean = sanitizeArticle(draft.rawHtml, win);
  mark('sanitize');
  const text = cleanText(clean.textContent);
  const words = countWords(text);
  if (!draft.selectionOnly && draft.images.length === 0 && (words === 0 || (linkDensity(clean) > 0.6 && words < 500))) return null;
  if (draft.selectionOnly && !text && draft.images.length === 0) return null;
  const markdown = toMarkdown(clean);
  mark('markdown');
  const d = draft;
  return {
    url: d.url, canonicalUrl: d.canonicalUrl, title: d.title, lead: d.lead, author: d.author, source: d.source,
    published: d.published, updated: d.updated, siteName: d.siteName, language: d.language,
    html: clean.innerHTML.normalize('NFC'), markdown, images: d.images, attachments: d.attachments, wordCount: words,
  };
}

/**
 * Extracts the article from a page in one call ({@link readArticle} then {@link finishArticle} in the document's own
 * window): what `npm run extract`, the benchmark and the reader of fetched pages use. The document is not modified.
 */
export function extractArticle(doc: Document, options: ExtractOptions): Extraction | null {
  const win = doc.defaultView;
  if (!win) throw new Error('extractArticle needs a document with a window (for the sanitiser)');
  const draft = readArticle(doc, options);
  return draft && finishArticle(draft, win, options.timings);
}
