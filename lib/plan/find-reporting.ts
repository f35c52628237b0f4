import type { ReportCadence, ReportingPeriods } from './types';

/**
 * Reads the report cadences a plan asks for ("báo cáo định kỳ hàng quý, 6 tháng, năm", "định kỳ hàng tháng,
 * 6 tháng, năm") and a cut-off day when one is named ("từ ngày 15 tháng trước"); calendar periods otherwise.
 */
export function findReporting(lines: readonly string[]): ReportingPeriods {
  const cadences = new Set<ReportCadence>();
  for (const line of lines) {
    if (!/báo cáo/iu.test(line)) continue;
    for (const m of line.matchAll(/định kỳ\s+(?:hằng|hàng)\s+((?:(?:tháng|quý|6 tháng|sáu tháng|năm)(?:\s*,\s*|\s+và\s+|\s+)?)+)/giu)) {
      const list = m[1] ?? '';
      if (/(?:^|,\s*|và\s+)(?<!6 )tháng/u.test(list.replace(/(?:6|sáu) tháng/gu, ''))) cadences.add('month');
      if (/quý/u.test(list)) cadences.add('quarter');
      if (/(?:6|sáu) tháng/u.test(list)) cadences.add('half-year');
      if (/năm/u.test(list)) cadences.add('year');
    }
  }
  const cut = lines.map((l) => /từ ngày\s+(\d{1,2})\s+(?:của\s+)?tháng trước/iu.exec(l)).find((m) => m !== null);
  const order: ReportCadence[] = ['month', 'quarter', 'half-year', 'year'];
  const list = order.filter((c) => cadences.has(c));
  return cut?.[1] ? { mode: 'cut-off', cutOffDay: Number(cut[1]), cadences: list } : { mode: 'calendar', cadences: list };
}
