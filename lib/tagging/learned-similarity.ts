import type { LearnedClass, LearnedModel } from './types';

/** One class of a model ready for scoring: terms by numeric key, pre-multiplied by their specificity. */
interface PreparedClass {
  terms: Map<number, number>;
  norm: number;
}

/** A learned model prepared for scoring, once per model object (models are replaced, not edited, by learning). */
interface Prepared {
  areas: Map<string, PreparedClass>;
  none: PreparedClass | null;
  /** Phrase key → specificity across classes. */
  idf: Map<number, number>;
}

const prepared = new WeakMap<LearnedModel, Prepared>();

/**
 * Reads the model's classes into numeric maps and weighs each phrase by how many classes use it (an IDF across
 * classes, as the day-one index does across areas): phrases every class has ("ủy ban nhân dân") weigh nothing.
 */
function prepare(model: LearnedModel): Prepared {
  const ready = prepared.get(model);
  if (ready) return ready;
  const classes: [string | null, LearnedClass][] = Object.entries(model.areas).filter(([, c]) => c.docs > 0);
  if (model.none.docs > 0) classes.push([null, model.none]);
  const counts = new Map<number, number>();
  const raw = classes.map(([key, learned]) => {
    const terms = new Map<number, number>();
    for (const k in learned.terms) {
      const id = Number(k);
      terms.set(id, learned.terms[k] as number);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [key, terms] as const;
  });
  const idf = new Map<number, number>();
  for (const [id, count] of counts) idf.set(id, Math.log((classes.length + 1) / count));
  const result: Prepared = { areas: new Map(), none: null, idf };
  for (const [key, terms] of raw) {
    let sum = 0;
    for (const [id, value] of terms) {
      const weighted = value * (idf.get(id) ?? 0);
      terms.set(id, weighted);
      sum += weighted * weighted;
    }
    const entry = { terms, norm: Math.sqrt(sum) };
    if (key === null) result.none = entry;
    else result.areas.set(key, entry);
  }
  prepared.set(model, result);
  return result;
}

/** Cosine similarity of an article to each learned class. */
export interface LearnedSimilarity {
  /** Area key → similarity in [0, 1], for areas with at least one example. */
  areas: Map<string, number>;
  /** Similarity to the examples labelled "not reform", or 0 when there are none. */
  none: number;
}

/**
 * Compares an article's phrase shares with the centroid of each learned class (a Rocchio classifier over the
 * same phrase features the model learned): cosine of the specificity-weighted vectors.
 */
export function learnedSimilarity(model: LearnedModel, shares: ReadonlyMap<number, number>): LearnedSimilarity {
  const { areas, none, idf } = prepare(model);
  const query: [number, number][] = [];
  let queryNorm = 0;
  for (const [id, share] of shares) {
    const weight = idf.get(id);
    if (!weight) continue;
    const value = share * weight;
    query.push([id, value]);
    queryNorm += value * value;
  }
  queryNorm = Math.sqrt(queryNorm);
  const cosine = (learned: PreparedClass): number => {
    if (learned.norm === 0 || queryNorm === 0) return 0;
    let dot = 0;
    for (const [id, value] of query) dot += value * (learned.terms.get(id) ?? 0);
    return dot / (learned.norm * queryNorm);
  };
  const out = new Map<string, number>();
  for (const [key, learned] of areas) out.set(key, cosine(learned));
  return { areas: out, none: none ? cosine(none) : 0 };
}
