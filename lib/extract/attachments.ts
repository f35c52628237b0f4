import { cleanText } from '../text/clean';
import { foldVietnamese } from '../text/fold';
import { readCreditLine } from './byline';
import { absoluteUrl } from './images';
import type { ExtractedAttachment } from './types';

const FILE_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)$/i;
/** A file extension anywhere in a text: links without one anywhere (address, text, title) are never attachments. */
const ANY_FILE_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)(?![a-z])/i;
/** Cheap test before folding a text: every attachment heading has "kèm", "tải" or "download" (NFC or NFD). */
const MAYBE_HEADING = /k[eè][\u0300-\u036f]*m|t[aả][\u0300-\u036f]*i|download/i;
const ATTACHMENT_HEADING = /^(tep|tap tin|file|van ban|tai lieu)\s*(dinh kem|tai ve|kem theo)|^tai ve$|^download$/;

/** Whether a URL points at a document file (PDF, Word, Excel, signed PDFs, archives), judged by its path. */
export function isDocumentUrl(href: string): boolean {
  try {
    const url = new URL(href);
    const path = decodeURIComponent(url.pathname);
    // Liferay keeps the file name as a middle segment: /documents/10181/2035587/47_KH-UBND.signed.pdf/<uuid>
    if (path.split('/').some((segment) => FILE_EXT.test(segment))) return true;
    // Download handlers: /DownloadFile.aspx?file=47_KH-UBND.signed.pdf
    return Array.from(url.searchParams.values()).some((v) => FILE_EXT.test(v));
  } catch {
    return false;
  }
}

/** Link texts that say "download" rather than naming the file. */
const GENERIC_NAME = /^(tải về|tai ve|download|xem|tải xuống|tại đây|here|tải về tập tin này|tải tệp|xem chi tiết|xem tệp|file đính kèm)$/i;

function nameFor(link: Element, href: string): string {
  const text = cleanText(link.textContent);
  if (text && !GENERIC_NAME.test(text)) return text;
  const title = cleanText(link.getAttribute('title'));
  if (title && !GENERIC_NAME.test(title)) return title;
  try {
    const url = new URL(href);
    const fromQuery = Array.from(url.searchParams.values()).find((v) => FILE_EXT.test(v));
    const fromPath = url.pathname.split('/').filter((segment) => FILE_EXT.test(decodeURIComponent(segment))).pop();
    return decodeURIComponent(fromQuery ?? fromPath ?? url.pathname.split('/').pop() ?? href);
  } catch {
    return href;
  }
}

/**
 * Collects document links from the given containers, in order, without duplicates. A file often has two links,
 * an icon and its name: the link whose text names the file gives the name.
 */
export function collectAttachments(containers: Element[], base: string): ExtractedAttachment[] {
  const found = new Map<string, { name: string; fromText: boolean }>();
  for (const container of containers) {
    for (const link of Array.from(container.querySelectorAll('a[href]'))) {
      const raw = link.getAttribute('href') ?? '';
      const title = link.getAttribute('title') ?? '';
      // Most links of a page are menus and articles: leave them before parsing any address.
      if (!ANY_FILE_EXT.test(raw) && !ANY_FILE_EXT.test(link.textContent ?? '') && !ANY_FILE_EXT.test(title)) continue;
      const href = absoluteUrl(raw, base);
      if (!href) continue;
      const text = cleanText(link.textContent);
      const fromText = text !== '' && !GENERIC_NAME.test(text);
      const known = found.get(href);
      if (known) {
        if (fromText && !known.fromText) found.set(href, { name: text, fromText });
        continue;
      }
      // Download handlers hide the file name: "…?download&id=0", "idcplg?…&IdcService=GET_FILE".
      const named = FILE_EXT.test(text) || FILE_EXT.test(cleanText(link.getAttribute('title')));
      if (!isDocumentUrl(href) && !named) continue;
      found.set(href, { name: nameFor(link, href), fromText });
    }
  }
  return Array.from(found, ([href, { name }]) => ({ href, name }));
}

/**
 * Finds attachment blocks placed outside the article body: an element whose text is a heading such as
 * "Tệp đính kèm" / "Tập tin đính kèm", together with its following siblings (or its parent when the heading stands
 * alone). Returns the containers to collect links from.
 */
export function findAttachmentBlocks(doc: Document): Element[] {
  const blocks: Element[] = [];
  const body = doc.body;
  if (!body) return blocks;
  // Walk the short text nodes only: reading textContent of every element is costly on big pages.
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? '';
    if (value.length > 60 || !MAYBE_HEADING.test(value)) continue;
    const text = foldVietnamese(cleanText(value)).replace(/:$/, '').trim();
    if (text.length > 40 || !ATTACHMENT_HEADING.test(text)) continue;
    let heading = node.parentElement;
    if (!heading) continue;
    // The heading element is the largest one that still holds only this text.
    while (heading.parentElement && heading.parentElement !== body && cleanText(heading.parentElement.textContent) === cleanText(value)) heading = heading.parentElement;
    const parent = heading.parentElement;
    if (parent && parent !== body && !blocks.some((b) => b.contains(parent))) blocks.push(parent);
  }
  return blocks;
}

/** Whether a block holds nothing but document links (and their icons): an attachment line, not article text. */
function isAttachmentLine(el: Element, base: string): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length === 0) return false;
  const linked = links.filter((a) => {
    const href = absoluteUrl(a.getAttribute('href'), base);
    // Download handlers hide the file name in the query (DNN's LinkClick.aspx?fileticket=…): the link text names it.
    return href !== null && (isDocumentUrl(href) || FILE_EXT.test(cleanText(a.textContent)) || FILE_EXT.test(cleanText(a.getAttribute('title'))));
  });
  if (linked.length !== links.length) return false;
  const linkText = linked.map((a) => cleanText(a.textContent)).join(' ');
  const rest = cleanText(el.textContent).replace(linkText, '').replace(/[\s,;|:()\-–]+/g, '');
  return rest.length <= 20;
}

/**
 * Removes the attachment section from an article body in place (the "Tệp đính kèm" heading and the lines of
 * document links under it, or document-link lines standing alone at the end): the files are kept as the item's
 * attachments, so the body keeps only the article text.
 */
export function removeAttachmentSections(body: Element, base: string): void {
  for (const el of Array.from(body.querySelectorAll('p, div, h2, h3, h4, h5, strong, b, span, li'))) {
    if (!body.contains(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 80 || !MAYBE_HEADING.test(raw)) continue;
    const text = foldVietnamese(cleanText(raw)).replace(/:$/, '').trim();
    if (text.length > 40 || !ATTACHMENT_HEADING.test(text)) continue;
    let block: Element = el;
    while (block.parentElement && block.parentElement !== body && cleanText(block.parentElement.textContent) === cleanText(el.textContent)) block = block.parentElement;
    let next = block.nextElementSibling;
    while (next && (isAttachmentLine(next, base) || cleanText(next.textContent) === '')) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    block.remove();
  }
  const blocks = Array.from(body.querySelectorAll('p, li, div')).filter((el) => !el.querySelector('p, li, div'));
  // From the end: document-link lines go; the author and source lines often printed under them are stepped over
  // (they are read, and removed, as the closing credits).
  for (let i = blocks.length - 1, credits = 0; i >= 0; i--) {
    const el = blocks[i]!;
    if (cleanText(el.textContent) === '' && !el.querySelector('img')) continue;
    if (isAttachmentLine(el, base)) el.remove();
    else if (credits < 3 && !el.querySelector('a[href]') && readCreditLine(el.textContent ?? '') !== null) credits++;
    else break;
  }
}
