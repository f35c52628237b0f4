import type { Extraction } from '../extract/types';
import type { TaggableText } from './types';

/** A plain-text article file: the first non-empty line is the title, the rest is the body. */
export function taggableFromText(text: string): TaggableText {
  const lines = text.normalize('NFC').replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return { title: '', body: '' };
  return { title: (lines[first] as string).trim(), body: lines.slice(first + 1).join('\n').trim() };
}

/**
 * What the tagger reads of an extracted article: its title, its lead and its body as plain text (the Markdown with
 * links, images and emphasis marks taken out; only the words matter).
 */
export function taggableFromExtraction(extraction: Pick<Extraction, 'title' | 'lead' | 'markdown'>): TaggableText {
  const body = extraction.markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]+/g, ' ');
  return { title: extraction.title, lead: extraction.lead, body };
}
