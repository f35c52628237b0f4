import { phraseSums } from './features';
import type { LabelledExample, LearnedClass, LearnedModel } from './types';

/** A model that has learned nothing: suggestions come from the areas' own text and keywords only. */
export function emptyModel(): LearnedModel {
  return { version: 1, docs: 0, areas: {}, none: { docs: 0, terms: {} } };
}

/** A class being learned: numeric keys are much faster to update than a JSON object's. */
interface Accumulator {
  docs: number;
  terms: Map<number, number>;
}

/** Reads a class's stored terms into an accumulator. */
function open(learned: LearnedClass | undefined): Accumulator {
  const terms = new Map<number, number>();
  if (learned) for (const key in learned.terms) terms.set(Number(key), learned.terms[key] as number);
  return { docs: learned?.docs ?? 0, terms };
}

/** Writes an accumulator back as a plain JSON class. */
function close(accumulator: Accumulator): LearnedClass {
  const terms: Record<string, number> = {};
  for (const [key, value] of accumulator.terms) terms[key] = value;
  return { docs: accumulator.docs, terms };
}

// Scratch arrays for one example's damped phrase values, reused from example to example (learning speed: no map
// or array is made per example beyond its phrase sums).
let scratchKeys = new Float64Array(4096);
let scratchValues = new Float64Array(4096);

/**
 * Writes an example's phrases and their damped values (1 + ln Σ, the numerators of features.ts phraseShares) into
 * the scratch arrays; returns how many there are and the total of the damped values.
 */
function dampInto(example: LabelledExample): { count: number; total: number } {
  const sums = phraseSums(example);
  if (sums.size > scratchKeys.length) {
    scratchKeys = new Float64Array(sums.size * 2);
    scratchValues = new Float64Array(sums.size * 2);
  }
  let count = 0;
  let total = 0;
  for (const [key, sum] of sums) {
    const damped = 1 + Math.log(sum);
    scratchKeys[count] = key;
    scratchValues[count++] = damped;
    total += damped;
  }
  return { count, total };
}

/**
 * Adds an example to the accumulators. An example tagged with several areas gives each an equal share; one tagged
 * with none teaches the "not reform" class.
 */
function accumulate(classes: Map<string, Accumulator>, none: Accumulator, example: LabelledExample): void {
  const { count, total } = dampInto(example);
  const keys = [...new Set(example.areas)];
  const targets = keys.length === 0 ? [none] : keys.map((key) => classes.get(key) ?? (classes.set(key, { docs: 0, terms: new Map() }), classes.get(key) as Accumulator));
  const part = 1 / targets.length / (total || 1);
  for (const target of targets) {
    target.docs++;
    const terms = target.terms;
    for (let i = 0; i < count; i++) {
      const key = scratchKeys[i] as number;
      terms.set(key, (terms.get(key) ?? 0) + (scratchValues[i] as number) * part);
    }
  }
}

/**
 * Learns from one confirmed example and returns a new model; `model` is left as it was (only the classes the
 * example touches are rebuilt), so a UI can keep the old one in its state. An editor's correction is simply the
 * article with the right areas: it adds to them, and the next suggestion for similar articles moves their way.
 */
export function learnFrom(model: LearnedModel, example: LabelledExample): LearnedModel {
  const keys = [...new Set(example.areas)];
  const classes = new Map(keys.map((key) => [key, open(model.areas[key])]));
  const none = keys.length === 0 ? open(model.none) : { docs: 0, terms: new Map<number, number>() };
  accumulate(classes, none, example);
  const areas = { ...model.areas };
  for (const [key, accumulator] of classes) areas[key] = close(accumulator);
  return { version: 1, docs: model.docs + 1, areas, none: keys.length === 0 ? close(none) : model.none };
}

/** Learns from many confirmed examples at once (one pass, numeric keys, one conversion to JSON at the end). */
export function learnAll(examples: Iterable<LabelledExample>): LearnedModel {
  const classes = new Map<string, Accumulator>();
  const none: Accumulator = { docs: 0, terms: new Map() };
  let docs = 0;
  for (const example of examples) {
    accumulate(classes, none, example);
    docs++;
  }
  const areas: Record<string, LearnedClass> = {};
  for (const [key, accumulator] of classes) areas[key] = close(accumulator);
  return { version: 1, docs, areas, none: close(none) };
}

/**
 * Takes back what {@link learnFrom} taught from one example (the same text and areas), so that an editor's
 * correction replaces the earlier lesson instead of adding a second one. Counts never go below zero: a text that
 * changed since (a refreshed capture) is taken back approximately. `model` is left as it was.
 */
export function unlearnFrom(model: LearnedModel, example: LabelledExample): LearnedModel {
  const keys = [...new Set(example.areas)];
  const { count, total } = dampInto(example);
  const part = 1 / Math.max(keys.length, 1) / (total || 1);
  const takeBack = (learned: LearnedClass | undefined): LearnedClass | undefined => {
    if (!learned) return undefined;
    const terms: Record<string, number> = { ...learned.terms };
    for (let i = 0; i < count; i++) {
      const key = scratchKeys[i] as number;
      const left = (terms[key] ?? 0) - (scratchValues[i] as number) * part;
      // Rounding leaves crumbs; a term worth nothing is dropped.
      if (left > 1e-9) terms[key] = left;
      else delete terms[key];
    }
    return { docs: Math.max(0, learned.docs - 1), terms };
  };
  const areas = { ...model.areas };
  for (const key of keys) {
    const left = takeBack(areas[key]);
    if (left && left.docs > 0) areas[key] = left;
    else delete areas[key];
  }
  const none = keys.length === 0 ? (takeBack(model.none) ?? model.none) : model.none;
  return { version: 1, docs: Math.max(0, model.docs - 1), areas, none };
}
