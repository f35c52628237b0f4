import { cleanText } from '../text/clean';
import { foldVietnamese } from '../text/fold';

/** Elements that are page furniture by their tag, wherever they are (not FORM: ASP.NET wraps whole pages in one). */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'MENU', 'NOSCRIPT', 'TEMPLATE']);
/** ARIA landmarks that are not the content. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);

/**
 * Words that, as a part of a class or id (`top-menu`, `footer_wrap`, `SideBar`), mark furniture. Not `search`:
 * a search page's results are what the editor wants.
 */
const FURNITURE_PARTS = new Set([
  'menu', 'menus', 'megamenu', 'nav', 'navbar', 'navigation', 'footer', 'banner', 'sidebar', 'breadcrumb', 'breadcrumbs',
  'aside', 'widget', 'widgets', 'marquee', 'ticker', 'topbar', 'toolbar', 'social', 'share', 'sharing', 'advert', 'ads',
  'advertisement', 'related', 'carousel', 'slider', 'slideshow', 'login', 'dockbar', 'copyright',
]);
/** Compound words (parts joined) that mark furniture: `tin-noi-bat`, `xemnhieu`, `lien_ket`, `hot-news`. */
const FURNITURE_COMPOUNDS = /noibat|xemnhieu|docnhieu|lienquan|tinkhac|cactinkhac|lienket|quangcao|mostview|mostread|hotnews|othernews|weblink|sidebox|colright|rightcol|colleft|leftcol|rightcolumn|leftcolumn|columnright|columnleft|searchbox|searchform|timkiem/;
/** `header` only in page-level forms: an article item may have its own `item-header`. */
const PAGE_HEADER = /^(header|(site|page|top|main|global)[-_]?header|header[-_]?(top|wrap|wrapper|container|main|inner|bottom|nav|menu))$/i;

/** Headings of portal boxes that repeat articles from elsewhere on the site (folded, diacritics dropped). */
const BOX_HEADINGS = /^(tin noi bat|tin tuc noi bat|tin xem nhieu|tin doc nhieu|xem nhieu nhat|doc nhieu nhat|tin moi( nhat| cap nhat)?|tin lien quan|tin khac|cac tin khac|cac tin da dua|tin da dua|lien ket( website)?|website lien ket|van ban moi|tieu diem|su kien noi bat|tin anh|thu vien anh|video)\s*[:»›>]*$/;

function parts(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter(Boolean);
}

/** Whether a class or id token names furniture. */
function isFurnitureToken(token: string): boolean {
  if (PAGE_HEADER.test(token)) return true;
  const split = parts(token);
  const joined = split.join('');
  if (FURNITURE_PARTS.has(joined) || split.some((p) => FURNITURE_PARTS.has(p))) return true;
  return FURNITURE_COMPOUNDS.test(joined);
}

/** The short heading a box starts with (`<h2>Tin nổi bật</h2>`, `<div class="title">…`), folded, or ''. */
function boxHeading(box: Element): string {
  const first = box.firstElementChild;
  if (!first) return '';
  const looksLikeHeading = /^(H[1-6]|HEADER)$/.test(first.tagName) || /title|heading|header|caption|tieu-?de/i.test(first.className || '');
  if (!looksLikeHeading) return '';
  const text = cleanText(first.textContent);
  return text.length > 0 && text.length <= 60 ? foldVietnamese(text) : '';
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Whether one element (not its ancestors) is furniture. */
function elementIsFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  if ((el.tagName === 'HEADER' || el.tagName === 'FOOTER') && !el.closest('article, main, li')) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (isHidden(el)) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.split(/\s+/).filter(Boolean);
  if (tokens.some(isFurnitureToken)) return true;
  return BOX_HEADINGS.test(boxHeading(el));
}

/**
 * Tells whether an element lies outside a page's content: inside navigation, header, footer, menus, sidebars,
 * banners, search and login forms, hidden blocks, or a box that repeats articles from elsewhere ("Tin nổi bật",
 * "Tin xem nhiều", "Liên kết website"). Judged from tags, ARIA roles, class and id words and box headings; the
 * answers for ancestors are remembered in `memo` so a whole page is judged in one pass.
 */
export function isOutsideContent(el: Element, memo: Map<Element, boolean> = new Map()): boolean {
  const path: Element[] = [];
  let node: Element | null = el;
  let answer = false;
  while (node && node.tagName !== 'BODY' && node.tagName !== 'HTML') {
    const known = memo.get(node);
    if (known !== undefined) {
      answer = known;
      break;
    }
    path.push(node);
    if (elementIsFurniture(node)) {
      answer = true;
      break;
    }
    node = node.parentElement;
  }
  // Everything between `el` and the deciding ancestor shares its answer; elements below a furniture one are
  // furniture, and elements on a clean path up to <body> are content.
  for (const visited of path) memo.set(visited, answer);
  return answer;
}
