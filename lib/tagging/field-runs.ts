import { syllableRuns, type SyllableRun } from './syllables';
import type { TaggableText } from './types';

/**
 * How much one occurrence of a phrase counts by where it stands: the title says what the article is about, the
 * lead summarises it, the body also carries background and asides.
 */
export const FIELD_WEIGHT = { title: 3, lead: 2, body: 1 } as const;

/** A run of syllables with the weight of the field it comes from. */
export interface WeightedRun extends SyllableRun {
  weight: number;
}

/** The syllable runs of an article's title, lead and body, each with its field's weight. */
export function fieldRuns(text: TaggableText): WeightedRun[] {
  const out: WeightedRun[] = [];
  const add = (value: string | undefined, weight: number) => {
    if (value) for (const run of syllableRuns(value)) out.push({ ...run, weight });
  };
  add(text.title, FIELD_WEIGHT.title);
  add(text.lead, FIELD_WEIGHT.lead);
  add(text.body, FIELD_WEIGHT.body);
  return out;
}
