import { cleanText } from '../text/clean';
import type { ExtractedImage } from './types';

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-echo', 'data-img', 'data-srcset', 'data-lazy-srcset'];
const DECORATIVE_SRC = /(icon|spacer|blank|pixel|share|facebook|zalo|twitter|print|logo|badge|tinnhiem|tin-nhiem|ncsc|loading|placeholder|rating|arrow|bullet|email|mail|rss|zoom|search|btn|button)[^/]*$/i;
const DECORATIVE_ALT = /^(chung nhan tin nhiem mang|chứng nhận tín nhiệm mạng|print|in|share|chia sẻ|facebook|zalo|email|icon|logo)$/i;

/** Resolves a possibly relative or protocol-relative URL against the page URL; null when it cannot be used. */
export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  const raw = (value ?? '').trim();
  if (!raw || raw.startsWith('data:') || raw.startsWith('javascript:') || raw === '#') return null;
  try {
    const url = new URL(raw, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    // A page opened from disk (the command line without --url) keeps its neighbouring files.
    return url.protocol === 'file:' && base.startsWith('file:') ? url.href : null;
  } catch {
    return null;
  }
}

/** Picks the widest candidate from a `srcset` value (`a.jpg 320w, b.jpg 1024w` → `b.jpg`). */
export function largestFromSrcset(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

/** The real address of an image: lazy attributes first (their `src` is often a placeholder), then srcset, then src. */
export function imageSource(img: Element, base: string): string | null {
  for (const attr of LAZY_ATTRS) {
    const value = img.getAttribute(attr);
    if (!value) continue;
    const candidate = attr.includes('srcset') ? largestFromSrcset(value) : value;
    const url = absoluteUrl(candidate, base);
    if (url) return url;
  }
  const src = img.getAttribute('src');
  const srcUrl = absoluteUrl(src, base);
  const srcset = img.getAttribute('srcset');
  if (srcset && (!srcUrl || /placeholder|blank|loading|spacer|lazy/i.test(src ?? ''))) {
    const fromSet = absoluteUrl(largestFromSrcset(srcset), base);
    if (fromSet) return fromSet;
  }
  if (srcUrl) return srcUrl;
  return srcset ? absoluteUrl(largestFromSrcset(srcset), base) : null;
}

/** Whether an image is decoration (icons, spacers, share buttons, trust badges) rather than article content. */
export function isDecorativeImage(img: Element, src: string): boolean {
  const alt = cleanText(img.getAttribute('alt'));
  const link = img.closest('a');
  if (link && /^(mailto:|javascript:|#$)/i.test(link.getAttribute('href') ?? '')) return true;
  if (DECORATIVE_ALT.test(alt)) return true;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if ((width > 0 && width <= 40) || (height > 0 && height <= 40)) return true;
  let path = src;
  try {
    path = new URL(src).pathname;
  } catch {
    /* keep the raw value */
  }
  if (/\/(file_system|icons?|emoticons?|smilies)\//i.test(path) || /(^|\/)(pdf|docx?|xlsx?|pptx?|zip|rar|file|attach\w*)\.(png|gif|jpe?g)$/i.test(path)) return true;
  return DECORATIVE_SRC.test(path) || /\.(svg|gif)$/i.test(path) && !/\/(uploads?|images?|media|files?|anh|hinh)\//i.test(path);
}

const CAPTION_CLASS = /caption|chu-?thich|chuthich|desc|note|legend|image-title|img-title/i;

function isItalicBlock(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  if (/font-style\s*:\s*italic/i.test(style)) return true;
  const text = cleanText(el.textContent);
  const italic = Array.from(el.querySelectorAll('em, i')).map((e) => cleanText(e.textContent)).join(' ');
  return text.length > 0 && italic.length >= text.length * 0.8;
}

function looksLikeCaption(el: Element): boolean {
  if (el.querySelector('img, table')) return false;
  const text = cleanText(el.textContent);
  if (!text || text.length > 300) return false;
  if (CAPTION_CLASS.test(el.getAttribute('class') ?? '')) return true;
  if (/^\(?\s*ảnh\s*(minh họa|minh hoạ|tư liệu|:)/iu.test(text) || /\(\s*ảnh\s*:[^)]*\)\s*\.?$/iu.test(text)) return true;
  return isItalicBlock(el) && text.length <= 250;
}

/** The block that holds an image on its own line: the image's ancestor that is a direct child of `root`-level text flow. */
function blockOf(img: Element, root: Element): Element {
  let el: Element = img;
  while (el.parentElement && el.parentElement !== root && /^(a|span|strong|b|em|i|p|div|center|font)$/i.test(el.parentElement.tagName)) {
    const parent: Element = el.parentElement;
    if (cleanText(parent.textContent).length > 0 && parent.querySelectorAll('img').length > 1) break;
    el = parent;
    if (/^(p|div|center)$/i.test(el.tagName)) break;
  }
  return el;
}

/**
 * Finds an image's caption: `figcaption`, the next table row of a caption table, the cell under it, or the
 * italic / "Ảnh: …" paragraph right after it. Returns the caption element (so it can be kept with the image) or null.
 */
export function findCaption(img: Element, root: Element): Element | null {
  const figure = img.closest('figure');
  if (figure) return figure.querySelector('figcaption');
  const cell = img.closest('td, th');
  if (cell && root.contains(cell)) {
    const ownText = cleanText(cell.textContent);
    if (ownText && ownText.length <= 300) {
      // Caption in the same cell, under the image.
      const parts = Array.from(cell.children).filter((c) => !c.contains(img) && looksLikeCaptionOrPlain(c));
      if (parts[0]) return parts[0];
    }
    const row = cell.closest('tr');
    const nextRow = row?.nextElementSibling;
    const nextCell = nextRow?.querySelector('td, th');
    if (nextCell && !nextCell.querySelector('img') && cleanText(nextCell.textContent).length <= 300) return nextCell;
  }
  const block = blockOf(img, root);
  // Caption inside the same block after the image (e.g. <p><img><br><em>…</em></p>).
  if (block !== img) {
    const inner = Array.from(block.querySelectorAll('em, i, span, small')).find(
      (e) => !e.contains(img) && (img.compareDocumentPosition(e) & 4) !== 0 && looksLikeCaption(e),
    );
    if (inner) return inner;
    // A block that holds only the image and one short text (<div><img><p>…</p></div>): that text is the caption.
    const blockText = cleanText(block.textContent);
    if (blockText && blockText.length <= 300 && block.querySelectorAll('img').length === 1) {
      const after = Array.from(block.querySelectorAll('p, div, span, em, i, small, strong, b')).find(
        (e) => !e.contains(img) && (img.compareDocumentPosition(e) & 4) !== 0 && cleanText(e.textContent) === blockText,
      );
      if (after) return after;
    }
  }
  let next = block.nextElementSibling;
  while (next && cleanText(next.textContent) === '' && !next.querySelector('img')) next = next.nextElementSibling;
  if (next && looksLikeCaption(next)) return next;
  if (next && !next.querySelector('img, table')) {
    const text = cleanText(next.textContent);
    // The image's own title repeated under it, or a wrapper holding just the image and one short line.
    if (text && text === cleanText(img.getAttribute('title'))) return next;
    const wrapper = block.parentElement;
    if (text.length <= 250 && wrapper && wrapper !== root && wrapper.children.length === 2 && cleanText(wrapper.textContent) === text) return next;
    // A paragraph holding only the image, then one short plain line: the caption, whose class or italics the
    // cleaning (Readability drops classes and styles) has taken away.
    if (block !== img && cleanText(block.textContent) === '' && block.querySelectorAll('img').length === 1 && isShortCaptionLine(next)) return next;
  }
  return null;
}

/** A short plain line that reads as a caption: one sentence at most, not a heading, not bold, not a lead-in to a list. */
function isShortCaptionLine(el: Element): boolean {
  if (!/^(p|div)$/i.test(el.tagName)) return false;
  const text = cleanText(el.textContent);
  if (text.length < 10 || text.length > 150 || /[:;,]$/.test(text) || /[.!?…]\s+\S/u.test(text)) return false;
  const bold = Array.from(el.querySelectorAll('strong, b')).map((e) => cleanText(e.textContent)).join(' ');
  return bold.length < text.length * 0.5 && el.querySelector('a[href]') === null;
}

function looksLikeCaptionOrPlain(el: Element): boolean {
  return !el.querySelector('img') && cleanText(el.textContent).length > 0;
}

/**
 * Resolves every image in the body in place (absolute `src`, lazy attributes and `srcset` dropped), removes
 * decorative ones, and returns the article images with their captions in document order.
 */
export function collectImages(root: Element, base: string): ExtractedImage[] {
  const images: ExtractedImage[] = [];
  const seen = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = imageSource(img, base);
    if (!src || isDecorativeImage(img, src)) {
      const link = img.parentElement?.tagName === 'A' && cleanText(img.parentElement.textContent) === '' ? img.parentElement : null;
      (link ?? img).remove();
      continue;
    }
    img.setAttribute('src', src);
    for (const attr of [...LAZY_ATTRS, 'srcset', 'sizes', 'loading', 'onerror', 'onload']) img.removeAttribute(attr);
    if (seen.has(src)) continue;
    seen.add(src);
    const captionEl = findCaption(img, root);
    images.push({ src, alt: cleanText(img.getAttribute('alt')), caption: captionEl ? cleanText(captionEl.textContent) : '' });
  }
  return images;
}

/**
 * Portals lay out an image and its caption as a one-column table (`table.image-table`, `tblImage`). Such a table is
 * not data: it becomes `<figure><img><figcaption>` so the Markdown shows an image and its caption, not a table.
 */
export function figuresFromCaptionTables(root: Element): void {
  const doc = root.ownerDocument;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const images = table.querySelectorAll('img');
    const rows = Array.from(table.querySelectorAll('tr'));
    if (images.length !== 1 || table.querySelector('table') || rows.length > 3) continue;
    if (rows.some((r) => r.querySelectorAll('td, th').length > 1)) continue;
    const img = images[0]!;
    const figure = doc.createElement('figure');
    figure.append(img.closest('a') && table.contains(img.closest('a')) ? img.closest('a')!.cloneNode(true) : img.cloneNode(true));
    const caption = cleanText(table.textContent);
    if (caption) {
      const figcaption = doc.createElement('figcaption');
      figcaption.textContent = caption;
      figure.append(figcaption);
    }
    table.replaceWith(figure);
  }
}

/**
 * Joomla marks captioned images `<img class="caption" title="…">` and writes the caption with a script the saved
 * page does not run: such an image becomes `<figure>` with its title as the caption.
 */
export function figuresFromTitledImages(root: Element): void {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll('img.caption[title]'))) {
    const title = cleanText(img.getAttribute('title'));
    if (!title || img.closest('figure')) continue;
    // The caption may already be written out next to the image (a page saved after Joomla's script ran).
    const holder = img.parentElement;
    if (holder && cleanText(holder.textContent).includes(title)) continue;
    const next = (holder && cleanText(holder.textContent) === '' ? holder : img).nextElementSibling;
    if (next && cleanText(next.textContent) === title) continue;
    const figure = doc.createElement('figure');
    const figcaption = doc.createElement('figcaption');
    figcaption.textContent = title;
    img.replaceWith(figure);
    figure.append(img, figcaption);
  }
}
