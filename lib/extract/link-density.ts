import { cleanText } from '../text/clean';

/** Share of an element's text that sits inside links: near 1 for menus and lists of related news, low for prose. */
export function linkDensity(el: Element): number {
  const total = cleanText(el.textContent).length || 1;
  const linked = Array.from(el.querySelectorAll('a')).reduce((sum, a) => sum + cleanText(a.textContent).length, 0);
  return linked / total;
}
