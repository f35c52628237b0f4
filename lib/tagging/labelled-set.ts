import type { LabelledExample } from './types';

/** One item of a labelled evaluation set (tests/fixtures/tagging--labelled/items.json). */
export interface LabelledItem {
  id: string;
  /** The area code an editor chose, or null for news that is not about reform. */
  area: string | null;
  title: string;
  /** Lead paragraph and body, paragraphs separated by blank lines. */
  text: string;
}

/**
 * Checks a parsed evaluation file at the door: an array of `{ id, area, title, text }` with string fields
 * (`area` may be null). Throws an Error naming the first bad item.
 */
export function readLabelledItems(value: unknown): LabelledItem[] {
  if (!Array.isArray(value)) throw new Error('the labelled set is not an array');
  return value.map((item: unknown, i) => {
    const o = item as Record<string, unknown> | null;
    const ok =
      typeof o === 'object' && o !== null && typeof o.id === 'string' && typeof o.title === 'string' &&
      typeof o.text === 'string' && (o.area === null || typeof o.area === 'string');
    if (!ok) throw new Error(`item ${i} is not { id, area, title, text }`);
    return { id: o.id as string, area: o.area as string | null, title: o.title as string, text: o.text as string };
  });
}

/**
 * An evaluation item as the tagger sees a clipped article: the first paragraph is the lead (portals print the
 * sapo first), the rest is the body; its label becomes the confirmed areas (`[]` for "not reform").
 */
export function itemToExample(item: LabelledItem): LabelledExample {
  const paragraphs = item.text.split(/\n\s*\n/);
  return {
    title: item.title,
    lead: paragraphs[0] ?? '',
    body: paragraphs.slice(1).join('\n\n'),
    areas: item.area ? [item.area] : [],
  };
}
