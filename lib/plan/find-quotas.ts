import type { Quota, QuotaKind, QuotaPeriod } from './types';

/** A quota's count, period and kinds as read from one phrase, before a unit is attached. */
export type QuotaTerms = Omit<Quota, 'unit'>;

const PERIODS: Record<string, QuotaPeriod> = {
  'tuần': 'week',
  'tháng': 'month',
  'quý': 'quarter',
  '6 tháng': 'half-year',
  'sáu tháng': 'half-year',
  'năm': 'year',
};

// "04 tin, bài/năm", "04 tin/bài/năm", "01 bài/tháng", "02 số/tuần", "1 lần/quý", "02 tin, ảnh / 6 tháng". The kinds must be the
// countable outputs a desk publishes; "07 bảng pano", "01 hội nghị/năm" or "100% hồ sơ" do not match.
const QUOTA = /(?<![\d%,.])(\d{1,3})\s+((?:tin|bài|ảnh|số|lần)(?:\s*(?:,|\/|và|hoặc)\s*(?:tin|bài|ảnh|số))*)(?:\s+(?:viết|trở lên))?\s*\/\s*(6 tháng|sáu tháng|tuần|tháng|quý|năm)(?![\p{L}])/giu;

/**
 * Reads every quota phrase in one sentence ("số lượng tối thiểu 04 tin, bài/năm" → 4, year, [tin, bài]).
 * Percent targets and counts of events or objects are not quotas and yield nothing; "lần" counts but says
 * nothing about the kind, so `what` is empty.
 */
export function parseQuotaTerms(sentence: string): QuotaTerms[] {
  const found: QuotaTerms[] = [];
  for (const m of sentence.normalize('NFC').matchAll(QUOTA)) {
    const [, count, kinds, period] = m;
    if (!count || !kinds || !period) continue;
    const what = [...new Set(kinds.toLowerCase().match(/tin|bài|ảnh|số/gu) ?? [])] as QuotaKind[];
    const p = PERIODS[period.toLowerCase()];
    if (p && Number(count) > 0) found.push({ count: Number(count), period: p, what });
  }
  return found;
}

// The subject is every unit ("Phân công các phòng và đơn vị gửi tin, bài …", "mỗi phòng").
const EVERY_UNIT = /\b(?:các|mỗi|từng)\s+(?:phòng|đơn vị|cơ quan)/iu;

/**
 * Finds the quotas in a plan's lines and attaches each to its unit: the unit named on a "Cơ quan chủ trì:" (or
 * "Đơn vị thực hiện:") line of the same block, else the known unit the sentence opens with, else null (all units).
 * Blocks end at the next numbered or lettered heading. `unitNames` are the units already found in the plan.
 */
export function findQuotas(lines: readonly string[], unitNames: readonly string[]): Quota[] {
  const quotas: Quota[] = [];
  lines.forEach((line, i) => {
    const terms = parseQuotaTerms(line);
    if (!terms.length) return;
    const unit = EVERY_UNIT.test(line) ? null : (blockLead(lines, i, unitNames) ?? sentenceSubject(line, unitNames));
    for (const t of terms) quotas.push({ unit, ...t });
  });
  return quotas;
}

const HEADING = /^(?:[IVX]+\.|\d+\.|[a-zđ]\))\s/u;

function blockLead(lines: readonly string[], at: number, unitNames: readonly string[]): string | null {
  let start = at;
  while (start > 0 && !HEADING.test(lines[start] ?? '')) start--;
  for (let j = start + 1; j < lines.length && (j === at || !HEADING.test(lines[j] ?? '')); j++) {
    const m = /^[-–+]?\s*(?:Cơ quan|Đơn vị)\s+(?:chủ trì|thực hiện)\s*:\s*(.+?)[;.]?$/iu.exec(lines[j] ?? '');
    if (m?.[1]) return matchUnit(m[1], unitNames) ?? m[1];
  }
  return null;
}

function sentenceSubject(line: string, unitNames: readonly string[]): string | null {
  const body = line.replace(/^[-–+•]\s*|^(?:\d+\.|[a-zđ]\))\s*/u, '');
  return unitNames.find((n) => body.startsWith(n)) ?? null;
}

function matchUnit(text: string, unitNames: readonly string[]): string | null {
  const fold = (s: string) => s.replace(/\s*[-–]\s*/g, ' – ');
  return unitNames.find((n) => fold(text).startsWith(fold(n))) ?? null;
}
