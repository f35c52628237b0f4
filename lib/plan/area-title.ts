const MAX = 100;

/**
 * A short title for a content area: the item's first clause (up to ":" or ";" or the first sentence end), cut at a
 * word boundary near 100 characters with "…" when longer. The full wording stays in the area's text.
 */
export function areaTitle(text: string): string {
  const clause = (text.split(/\s*[:;]\s*|(?<=[^.\d\s]{2})\.(?:\s|$)/u)[0] ?? text).replace(/[.,…]+$/u, '').replace(/\s+(?:như|gồm|sau)$/u, '').trim();
  if (clause.length <= MAX) return clause;
  const cut = clause.slice(0, MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;]$/u, '')}…`;
}
