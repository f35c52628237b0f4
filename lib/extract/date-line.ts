import { cleanText } from '../text/clean';
import { dateFromUrl, findDatesInLine, formatPageDate, parseIsoDate, readDateLine, type PageDate } from './dates';
import { COMMENT_AREAS } from './metadata';

/** The publish and update dates of an article, as ISO strings in Vietnam time. */
export interface ArticleDates {
  published: string | null;
  updated: string | null;
}

const SKIP_AREAS = COMMENT_AREAS + ', nav, footer, aside, header nav, [class*="menu" i], [class*="related" i], [class*="other" i], [class*="lienquan" i], [class*="footer" i], [class*="sidebar" i], [class*="marquee" i], [class*="ticker" i], [class*="noibat" i]';
const DATE_HINT = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|th[aá]ng\s+\d{1,2}\b|\d{4}-\d{2}-\d{2}/i;

/**
 * Elements holding a short line with a date, in document order: found from the text nodes that contain a date,
 * each widened to the largest ancestor that is still a short line (a date split over spans is read whole).
 */
function dateLineCandidates(doc: Document): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  const body = doc.body;
  if (!body) return out;
  // Text lengths of ancestors are asked for again and again (a page of references has thousands of dates).
  const lengths = new Map<Element, number>();
  const lengthOf = (el: Element): number => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = (el.textContent ?? '').length));
    return n;
  };
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? '';
    if (value.length > 220 || !DATE_HINT.test(value)) continue;
    let el = node.parentElement;
    if (!el || /^(script|style|noscript|template|option|select|textarea)$/i.test(el.tagName)) continue;
    while (el.parentElement && el.parentElement !== body && lengthOf(el.parentElement) <= 220) el = el.parentElement;
    if (seen.has(el)) continue;
    // Body classes such as Drupal's "one-sidebar sidebar-second" describe the layout, not an area to skip.
    const skip = el.closest(SKIP_AREAS);
    if (skip && skip !== body && skip !== doc.documentElement) continue;
    seen.add(el);
    out.push(el);
  }
  return out;
}

/** Every element's position in document order. */
function documentOrder(doc: Document): Map<Element, number> {
  const order = new Map<Element, number>();
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  let i = 0;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) order.set(node as Element, i++);
  return order;
}

type DateLine = { published: PageDate | null; updated: PageDate | null };

/**
 * A visible date printed from a `<time datetime>` (Liferay 7 templates, HTML5 themes) often shows the day only while
 * the attribute holds the exact time: when the attribute names the same day in Vietnam time, it is the more precise
 * reading of that line.
 */
function withMachineTime(el: Element, line: DateLine, now: Date): DateLine {
  const published = line.published;
  if (!published || published.time) return line;
  const timeEl = el.closest('time[datetime]') ?? el.querySelector('time[datetime]');
  const machine = timeEl ? parseIsoDate(timeEl.getAttribute('datetime') ?? '', now) : null;
  if (!machine?.time || formatPageDate({ ...machine, time: null }) !== formatPageDate(published)) return line;
  return { ...line, published: machine };
}

/** Reads the first date line in the given elements, joined with their neighbours' text when split across nodes. */
function fromElements(elements: Element[], now: Date): DateLine | null {
  for (const el of elements) {
    const line = readDateLine(cleanText(el.textContent), now);
    if (line.published) return withMachineTime(el, line, now);
  }
  return null;
}

/**
 * Finds the article's dates, in the order PORTALS.md prescribes: machine-readable metadata, then the visible date
 * line (the platform's own element, else the date line nearest the title, the first one after it winning ties),
 * then a date encoded in the URL. `01/01/0001` and dates beyond tomorrow are no date. Visible lines are read the
 * Vietnamese way (day before month), so `visibleLines: false` (a page that is not Vietnamese) skips them: there
 * `03/04/2024` may be the 4th of March, and scanning every text node of a large page for dates costs tens of
 * milliseconds.
 */
export function findArticleDates(
  doc: Document,
  options: {
    url: string;
    now: Date;
    metaPublished: string | null;
    metaUpdated: string | null;
    profileDates: Element[];
    titleEl: Element | null;
    visibleLines?: boolean;
  },
): ArticleDates {
  const { now } = options;
  let published = options.metaPublished ? parseIsoDate(options.metaPublished, now) : null;
  const metaDayOnly = published !== null && published.time === null;
  let updated = options.metaUpdated ? parseIsoDate(options.metaUpdated, now) : null;
  if (options.visibleLines === false) return datesAsIso(published ?? dateFromUrl(options.url, now), updated);
  const title = options.titleEl;
  /** Nearest after the title first (date lines usually sit under it), then the nearest above it. */
  const order = title ? documentOrder(doc) : null;
  /**
   * The date lines nearest the title in document order (counted in elements), a line above the title weighing
   * half again as far as one below it, since date lines usually sit under the headline.
   */
  const nearTitle = (unordered: Element[], count: number) => {
    const elements = Array.from(new Set(unordered)).sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : a === b ? 0 : 1));
    if (!title || !order) return fromElements(elements.slice(0, count), now);
    const at = order.get(title) ?? 0;
    const distance = (el: Element) => {
      const i = order.get(el) ?? 0;
      return i >= at ? i - at : (at - i) * 1.5;
    };
    return fromElements(elements.sort((a, b) => distance(a) - distance(b)).slice(0, count), now);
  };
  let line = nearTitle(options.profileDates, 8);
  const candidates = dateLineCandidates(doc);
  if (!line) line = nearTitle(candidates, 5);
  if (!published && line?.published) published = line.published;
  // Metadata with the day only, the visible line with the time of that same day: take the more precise one.
  if (metaDayOnly && line?.published?.time && published && formatPageDate(line.published).startsWith(formatPageDate(published))) published = line.published;
  if (!updated && line?.updated) updated = line.updated;
  if (!updated && published) {
    // An update line apart from the date line, often under the article: "Cập nhật: 08:15 01/06/2023".
    const near = title ? candidates.filter((c) => (title.compareDocumentPosition(c) & 4) !== 0).slice(0, 12) : candidates.slice(0, 12);
    for (const el of near) {
      const found = findDatesInLine(cleanText(el.textContent), now).find((d) => d.role === 'updated');
      if (found && formatPageDate(found.date) !== formatPageDate(published)) {
        updated = found.date;
        break;
      }
    }
  }
  return datesAsIso(published ?? dateFromUrl(options.url, now), updated);
}

/** The dates as ISO strings; an update on the publish date (or the same day, without a time) is no update. */
function datesAsIso(published: PageDate | null, updated: PageDate | null): ArticleDates {
  const publishedIso = published ? formatPageDate(published) : null;
  let updatedIso = updated ? formatPageDate(updated) : null;
  if (updatedIso && publishedIso && (updatedIso === publishedIso || (updatedIso.length === 10 && publishedIso.startsWith(updatedIso)))) updatedIso = null;
  return { published: publishedIso, updated: updatedIso };
}
