import type { ContentArea } from '../plan/types';

/**
 * Reads the content areas out of a parsed plan file: a Plan, a PlanDraft, or `{ areas: [...] }` as
 * `npm run plan` prints it. Each area needs a non-empty `title` or `text`; `code` and `keywords` are kept when they
 * are a string and a list of strings. Throws an Error with a Vietnamese message saying what is wrong.
 */
export function readAreas(value: unknown): ContentArea[] {
  const areas = (value as { areas?: unknown } | null)?.areas;
  if (typeof value !== 'object' || value === null || !Array.isArray(areas)) {
    throw new Error('tệp kế hoạch không có danh sách nội dung "areas"');
  }
  if (areas.length === 0) throw new Error('kế hoạch không có nội dung tuyên truyền nào');
  return areas.map((item: unknown, i): ContentArea => {
    const a = item as Record<string, unknown> | null;
    const title = typeof a?.title === 'string' ? a.title.normalize('NFC') : '';
    const text = typeof a?.text === 'string' ? a.text.normalize('NFC') : '';
    if (!title.trim() && !text.trim()) throw new Error(`nội dung thứ ${i + 1} không có "title" hay "text"`);
    const area: ContentArea = { title: title || text, text: text || title };
    if (typeof a?.code === 'string' && a.code.trim()) area.code = a.code.trim();
    if (a?.keywords !== undefined) {
      if (!Array.isArray(a.keywords) || !a.keywords.every((k) => typeof k === 'string')) {
        throw new Error(`từ khóa của nội dung thứ ${i + 1} phải là danh sách chuỗi`);
      }
      area.keywords = a.keywords.map((k: string) => k.normalize('NFC'));
    }
    return area;
  });
}
