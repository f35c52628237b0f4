import type { LearnedModel } from './types';

/** One class of a model ready for scoring: terms by numeric key, pre-multiplied by their specificity. */
interface PreparedClass {
  terms: Map<number, number>;
  norm: number;
}

/** A learned model prepared for scoring, once per model object (models are replaced, not edited, by learning). */
interface Prepared {
  /** The area priors the classes were built with (a model is prepared again for another plan's areas). */
  priors: AreaPriors;
  areas: Map<string, PreparedClass>;
  /** Every confirmed reform example pooled, whatever its area (no priors): what "not reform" is weighed against. */
  reform: PreparedClass | null;
  none: PreparedClass | null;
  /** Phrase key → specificity across classes. */
  idf: Map<number, number>;
}

/** Area key → the area's own wording as phrase shares (area-priors.ts). */
export type AreaPriors = ReadonlyMap<string, ReadonlyMap<number, number>>;

const prepared = new WeakMap<LearnedModel, Prepared>();

/**
 * Reads the model's classes into numeric maps, each area's class starting from its prior (the area's wording, one
 * example's worth), and weighs each phrase by how many classes use it (an IDF across classes, as the day-one index
 * does across areas): phrases every class has ("ủy ban nhân dân") weigh nothing.
 */
function prepare(model: LearnedModel, priors: AreaPriors): Prepared {
  const ready = prepared.get(model);
  if (ready && ready.priors === priors) return ready;
  const raw = new Map<string | null, Map<number, number>>();
  const add = (key: string | null, id: number, value: number) => {
    let terms = raw.get(key);
    if (!terms) raw.set(key, (terms = new Map()));
    terms.set(id, (terms.get(id) ?? 0) + value);
  };
  for (const [key, shares] of priors) for (const [id, share] of shares) add(key, id, share);
  const pooled = new Map<number, number>();
  for (const [key, learned] of Object.entries(model.areas)) {
    if (learned.docs <= 0) continue;
    for (const k in learned.terms) {
      const id = Number(k);
      const value = learned.terms[k] as number;
      add(key, id, value);
      pooled.set(id, (pooled.get(id) ?? 0) + value);
    }
  }
  if (model.none.docs > 0) for (const k in model.none.terms) add(null, Number(k), model.none.terms[k] as number);
  const counts = new Map<number, number>();
  for (const terms of raw.values()) for (const id of terms.keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
  const idf = new Map<number, number>();
  for (const [id, count] of counts) idf.set(id, Math.log((raw.size + 1) / count));
  const weigh = (terms: Map<number, number>): PreparedClass => {
    let sum = 0;
    for (const [id, value] of terms) {
      const weighted = value * (idf.get(id) ?? 0);
      terms.set(id, weighted);
      sum += weighted * weighted;
    }
    return { terms, norm: Math.sqrt(sum) };
  };
  const result: Prepared = { priors, areas: new Map(), reform: pooled.size > 0 ? weigh(pooled) : null, none: null, idf };
  for (const [key, terms] of raw) {
    if (key === null) result.none = weigh(terms);
    else result.areas.set(key, weigh(terms));
  }
  prepared.set(model, result);
  return result;
}

/** Cosine similarity of an article to each learned class. */
export interface LearnedSimilarity {
  /** Area key → similarity in [0, 1], for every area of the priors and every area with an example. */
  areas: Map<string, number>;
  /**
   * Similarity to all confirmed reform examples pooled, or 0 when there are none. It is compared with `none`:
   * both pool many examples, whereas one area's few examples would look less like any article than the many
   * "not reform" ones do.
   */
  reform: number;
  /** Similarity to the examples labelled "not reform", or 0 when there are none. */
  none: number;
}

/**
 * Compares an article's phrase shares with the centroid of each learned class (a Rocchio classifier over the
 * same phrase features the model learned, each area's class seeded with its own wording): cosine of the
 * specificity-weighted vectors.
 */
export function learnedSimilarity(model: LearnedModel, shares: ReadonlyMap<number, number>, priors: AreaPriors = new Map()): LearnedSimilarity {
  const { areas, reform, none, idf } = prepare(model, priors);
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
  return { areas: out, reform: reform ? cosine(reform) : 0, none: none ? cosine(none) : 0 };
}
