import { vietnamDay } from '../db/clip-record';
import type { ReportCadence, ReportingPeriods } from './types';

/** A reporting window: `[from, to)` in epoch milliseconds, and its first and last day (`YYYY-MM-DD`, Vietnam time). */
export interface ReportPeriod {
  from: number;
  to: number;
  firstDay: string;
  lastDay: string;
}

const VN_OFFSET_MS = 7 * 3600_000;
const MONTHS: Record<ReportCadence, number> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };

/** Epoch milliseconds of midnight, Vietnam time, on a day given as year, month (0-based, may overflow) and day. */
function vnMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) - VN_OFFSET_MS;
}

/**
 * The reporting window of the given cadence that contains `now`, as the plan cuts periods: calendar months
 * (quarters from January, April, July, October; halves from January and July), or periods starting on a cut-off day
 * (15: the month of December runs from 15 November to 14 December, the year from 15 December to 14 December).
 */
export function reportPeriod(reporting: Pick<ReportingPeriods, 'mode' | 'cutOffDay'>, cadence: ReportCadence, now: number): ReportPeriod {
  const local = new Date(now + VN_OFFSET_MS);
  const cut = reporting.mode === 'cut-off' && reporting.cutOffDay && reporting.cutOffDay > 1 ? Math.min(28, reporting.cutOffDay) : 1;
  // With a cut-off, a day on or after the cut-off belongs to the next month's period.
  let year = local.getUTCFullYear();
  let month = local.getUTCMonth();
  if (cut > 1 && local.getUTCDate() >= cut) month += 1;
  const span = MONTHS[cadence];
  const periodIndex = Math.floor(((month % 12) + 12) % 12 / span);
  year += Math.floor(month / 12);
  const firstMonth = periodIndex * span;
  const from = cut > 1 ? vnMidnight(year, firstMonth - 1, cut) : vnMidnight(year, firstMonth, 1);
  const to = cut > 1 ? vnMidnight(year, firstMonth + span - 1, cut) : vnMidnight(year, firstMonth + span, 1);
  return { from, to, firstDay: vietnamDay(from), lastDay: vietnamDay(to - 1) };
}
