import type { LearnedClass, LearnedModel } from './types';

/** Checks one class of a stored model: a count and an object of finite numbers. */
function readClass(value: unknown, where: string): LearnedClass {
  const c = value as { docs?: unknown; terms?: unknown } | null;
  if (typeof c !== 'object' || c === null || typeof c.docs !== 'number' || !(c.docs >= 0)) {
    throw new Error(`${where}: thiếu số ví dụ "docs"`);
  }
  if (typeof c.terms !== 'object' || c.terms === null || Array.isArray(c.terms)) throw new Error(`${where}: thiếu "terms"`);
  const terms = c.terms as Record<string, unknown>;
  for (const key in terms) {
    if (typeof terms[key] !== 'number' || !Number.isFinite(terms[key])) throw new Error(`${where}: giá trị không phải số`);
  }
  return { docs: c.docs, terms: terms as Record<string, number> };
}

/**
 * The door check for a learned model read from storage or a file: version 1, counts and classes of numbers.
 * Throws an Error with a Vietnamese message on anything else, so a damaged model is reported, not half used.
 */
export function readLearnedModel(value: unknown): LearnedModel {
  const m = value as { version?: unknown; docs?: unknown; areas?: unknown; none?: unknown } | null;
  if (typeof m !== 'object' || m === null) throw new Error('mô hình đã học không phải đối tượng JSON');
  if (m.version !== 1) throw new Error(`phiên bản mô hình không được hỗ trợ: ${String(m.version)}`);
  if (typeof m.docs !== 'number' || !(m.docs >= 0)) throw new Error('mô hình thiếu số ví dụ "docs"');
  if (typeof m.areas !== 'object' || m.areas === null || Array.isArray(m.areas)) throw new Error('mô hình thiếu "areas"');
  const areas: Record<string, LearnedClass> = {};
  for (const [key, learned] of Object.entries(m.areas)) areas[key] = readClass(learned, `nội dung ${key}`);
  return { version: 1, docs: m.docs, areas, none: readClass(m.none, 'lớp "không phải CCHC"') };
}
