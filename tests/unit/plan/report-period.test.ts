import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../../../lib/plan/report-period';

const at = (iso: string) => Date.parse(iso);
const days = (p: { firstDay: string; lastDay: string }) => `${p.firstDay}..${p.lastDay}`;

describe('reportPeriod', () => {
  const calendar = { mode: 'calendar' as const };
  it('cuts calendar months, quarters, halves and years in Vietnam time', () => {
    // 23:30 on 30 Nov in Vietnam is still November there, though December has not begun anywhere else.
    const now = at('2026-11-30T16:30:00Z');
    expect(days(reportPeriod(calendar, 'month', now))).toBe('2026-11-01..2026-11-30');
    expect(days(reportPeriod(calendar, 'quarter', now))).toBe('2026-10-01..2026-12-31');
    expect(days(reportPeriod(calendar, 'half-year', now))).toBe('2026-07-01..2026-12-31');
    expect(days(reportPeriod(calendar, 'year', now))).toBe('2026-01-01..2026-12-31');
    expect(days(reportPeriod(calendar, 'month', at('2026-11-30T17:00:00Z')))).toBe('2026-12-01..2026-12-31');
    expect(reportPeriod(calendar, 'month', now).from).toBe(at('2026-10-31T17:00:00Z'));
  });

  it('cuts periods on the plan cut-off day (15: 15 November to 14 December is December)', () => {
    const cut = { mode: 'cut-off' as const, cutOffDay: 15 };
    expect(days(reportPeriod(cut, 'month', at('2026-12-06T03:00:00Z')))).toBe('2026-11-15..2026-12-14');
    expect(days(reportPeriod(cut, 'month', at('2026-12-15T03:00:00Z')))).toBe('2026-12-15..2027-01-14');
    expect(days(reportPeriod(cut, 'quarter', at('2026-12-06T03:00:00Z')))).toBe('2026-09-15..2026-12-14');
    expect(days(reportPeriod(cut, 'year', at('2026-12-20T03:00:00Z')))).toBe('2026-12-15..2027-12-14');
    expect(days(reportPeriod(cut, 'year', at('2026-03-01T03:00:00Z')))).toBe('2025-12-15..2026-12-14');
  });
});
