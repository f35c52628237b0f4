import { cleanText } from '../text/clean';
import { linkDensity } from './link-density';

/**
 * Class names and attributes that Vietnamese portals and newspapers give their article body (PORTALS.md, and the
 * usual CMS templates), most specific first. The same idea as the content selectors Trafilatura and the Postlight
 * parser try before scoring the page: a known container is cheaper to find than to guess, and just as right.
 */
const COMMON_BODY_SELECTORS: readonly string[] = [
  '[itemprop="articleBody"]',
  '.detail-content',
  '.content-detail',
  '.news-detail-content',
  '.detail__content',
  '.details__content',
  '.article__body',
  '.article-body',
  '.article-content',
  '.news-content',
  '.content-news',
  '.news-body',
  '.entry-content',
  '.post-content',
  '.noidung',
  '.noi-dung',
  '.fck_detail',
];

/** At least this much text: a caption box or a teaser with the same class is not the article. */
const MIN_TEXT = 400;
/** Above this share of linked text the block is a list of links (related news, a menu), not prose. */
const MAX_LINK_DENSITY = 0.25;

/**
 * The article body of a page from its container's well-known class, or null when none holds a real article: the
 * longest match of the first selector that has one with enough text, few links, and no second container of the
 * same kind beside it holding as much (a list page repeats its teasers in identical boxes). The page is read,
 * never changed.
 */
export function commonBodyContainer(doc: Document): Element | null {
  for (const selector of COMMON_BODY_SELECTORS) {
    const found = Array.from(doc.querySelectorAll(selector));
    if (found.length === 0) continue;
    const measured = found
      // A match inside another match of the same selector is part of it.
      .filter((el) => !found.some((other) => other !== el && other.contains(el)))
      .map((el) => ({ el, length: cleanText(el.textContent).length }))
      .sort((a, b) => b.length - a.length);
    const [best, second] = measured;
    if (!best || best.length < MIN_TEXT) continue;
    if (second && second.length >= best.length * 0.5) continue;
    if (linkDensity(best.el) > MAX_LINK_DENSITY) continue;
    return best.el;
  }
  return null;
}

/** Elements that hold a byline by their markup, as Readability looks for them. */
const BYLINE_SELECTOR = '[rel="author"], [itemprop~="author"], [class*="author" i], [class*="byline" i], [id*="author" i], [id*="byline" i]';

/**
 * The byline element's text for a body found by {@link commonBodyContainer} (Readability, which is not run then,
 * would have lifted it): the first short element marked as author or byline that stands before the body or in it.
 * Null when there is none.
 */
export function bylineBefore(doc: Document, body: Element): string | null {
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR))) {
    const inBody = body.contains(el);
    if (!inBody && !(el.compareDocumentPosition(body) & 4)) continue; // 4: the body follows the element
    // A schema.org Person names itself in its "name" property; "Viết bởi", "bởi", "By" are not part of the name.
    const name = el.querySelector('[itemprop~="name"]') ?? el;
    const text = cleanText(name.textContent).replace(/^(viết bởi|đăng bởi|bởi|by|tác giả|người viết)\s*:?\s*/i, '');
    if (text && text.length < 100) return text;
  }
  return null;
}
