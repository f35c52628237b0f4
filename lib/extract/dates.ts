import { foldVietnamese } from '../text/fold';

/** A date read from a page: the calendar day and, when the page showed one, the time of day (Vietnam time). */
export interface PageDate {
  year: number;
  month: number;
  day: number;
  /** Null when the page gave the day only. */
  time: { hour: number; minute: number; second: number } | null;
}

/** What a date line says a date is, from the words around it ("Cập nhật" means an update time). */
export type DateRole = 'published' | 'updated' | 'unknown';

/** A date found in a line of text, with its role and where it stood in the line. */
export interface DateInLine {
  date: PageDate;
  role: DateRole;
  index: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats a page date as ISO 8601 in Vietnam time: `2024-02-12T08:30:00+07:00`, or `2024-02-12` when the page
 * showed no time.
 */
export function formatPageDate(date: PageDate): string {
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  if (!date.time) return day;
  return `${day}T${pad(date.time.hour)}:${pad(date.time.minute)}:${pad(date.time.second)}+07:00`;
}

/**
 * Whether a date is one an article can carry: a real calendar day, not SharePoint's empty `01/01/0001`, not before
 * the web existed, and not later than tomorrow relative to `now` (portals' clocks and time zones drift by a day).
 */
export function isPlausibleDate(date: PageDate, now: Date): boolean {
  const { year, month, day } = date;
  if (year < 1995 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return false;
  if (date.time && (date.time.hour > 23 || date.time.minute > 59 || date.time.second > 59)) return false;
  const tomorrowEnd = now.getTime() + 7 * 3600_000 + 2 * 86400_000; // end of tomorrow in UTC+7, generously
  return probe.getTime() <= tomorrowEnd;
}

/**
 * Reads a machine-readable date (`2024-02-12T08:30:00Z`, `2024-02-12T08:30:00+07:00`, `2024-02-12`) and converts it
 * to Vietnam time. Returns null when the string is not such a date.
 */
export function parseIsoDate(value: string, now: Date): PageDate | null {
  // NukeViet writes the zone before the time: "2019-10-28+0711:38:00".
  const swapped = value.trim().replace(/^(\d{4}-\d{2}-\d{2})([+-]\d{2}(?::\d{2})?)(\d{2}:\d{2}(?::\d{2})?)$/, '$1T$3$2');
  const m = swapped.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) {
    const date: PageDate = { year: +y!, month: +mo!, day: +d!, time: null };
    return isPlausibleDate(date, now) ? date : null;
  }
  let offsetMinutes = 7 * 60; // a time without zone on a Vietnamese page is local time
  if (zone) {
    if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
  }
  const utc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, s ? +s : 0) - offsetMinutes * 60_000;
  const local = new Date(utc + 7 * 3600_000);
  const date: PageDate = {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    time: { hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() },
  };
  return isPlausibleDate(date, now) ? date : null;
}

// Day-first numeric dates: 17/03/2021, 16/9/2021, 5-6-2020, 12.05.16.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])/g;
// "Ngày 22 tháng 05 năm 2018", Joomla's "15 Tháng 3 2021", "15 tháng 03, 2021" (folded: diacritics do not matter).
const WORDED_DATE = /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*|\s+nam\s+|\s+)(\d{4})/g;
// Times: 21:01, 09:55 AM, 04:00:00 PM, 9h30. A bare number is never a time.
const TIME = /(?<![\d:])(\d{1,2})\s*(?::|h(?=\d{2}))\s*(\d{2})(?::(\d{2}))?(?:\s*(am|pm|sa|ch)\b)?(?![\d:])/gi;

const UPDATED_WORDS = /(cap nhat|chinh sua|sua doi luc|updated?)\s*(luc|ngay)?\s*:?\s*$/;
const PUBLISHED_WORDS = /(ngay dang|dang luc|dang ngay|xuat ban|phat hanh|ngay tao|published|posted)\s*(luc|ngay)?\s*:?\s*$/;

interface RawTime {
  hour: number;
  minute: number;
  second: number;
  start: number;
  end: number;
}

function readTimes(folded: string): RawTime[] {
  const times: RawTime[] = [];
  for (const m of folded.matchAll(TIME)) {
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    const second = m[3] ? Number(m[3]) : 0;
    const marker = m[4]?.toLowerCase();
    // "18:15 PM" is a 24-hour time with a stray marker: only convert hours 1–12.
    if ((marker === 'pm' || marker === 'ch') && hour >= 1 && hour < 12) hour += 12;
    if ((marker === 'am' || marker === 'sa') && hour === 12) hour = 0;
    if (hour > 23 || minute > 59 || second > 59) continue;
    times.push({ hour, minute, second, start: m.index, end: m.index + m[0].length });
  }
  return times;
}

function expandYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n >= 90 ? 1900 + n : 2000 + n; // two-digit years: 90–99 are the 1990s, the rest this century
}

function roleBefore(folded: string, index: number): DateRole {
  const before = folded.slice(Math.max(0, index - 40), index).replace(/[|•·,\-–—()[\]]/g, ' ').replace(/\s+/g, ' ');
  if (UPDATED_WORDS.test(before.trimEnd() + ' ')) return 'updated';
  if (UPDATED_WORDS.test(before)) return 'updated';
  if (PUBLISHED_WORDS.test(before)) return 'published';
  // Label then a time before the date: "Cập nhật 10:30 12/05/2021".
  const wide = folded.slice(Math.max(0, index - 60), index);
  if (/cap nhat[^|•]*$/.test(wide) && !/dang|xuat ban/.test(wide.slice(wide.lastIndexOf('cap nhat')))) return 'updated';
  if (/(ngay dang|xuat ban|phat hanh)[^|•]*$/.test(wide)) return 'published';
  return 'unknown';
}

/**
 * Finds every date in one line of page text, in the forms Vietnamese portals and newspapers print
 * (see PORTALS.md): day first, time before or after the date, 12-hour clocks, stray "PM" after a 24-hour time,
 * weekday names, "(GMT+7)", "Ngày 22 tháng 05 năm 2018". Implausible dates (`01/01/0001`, beyond tomorrow) are
 * skipped. Each date takes the nearest time in the line that is not closer to another date.
 */
export function findDatesInLine(line: string, now: Date): DateInLine[] {
  const folded = foldVietnamese(line.normalize('NFC')).replace(/gmt\s*[+-]\s*\d{1,2}(:?\d{2})?/g, (s) => ' '.repeat(s.length));
  const found: { year: number; month: number; day: number; start: number; end: number }[] = [];
  for (const m of folded.matchAll(NUMERIC_DATE)) {
    found.push({ day: +m[1]!, month: +m[3]!, year: expandYear(m[4]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(WORDED_DATE)) {
    found.push({ day: +m[1]!, month: +m[2]!, year: +m[3]!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of folded.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    found.push({ year: +m[1]!, month: +m[2]!, day: +m[3]!, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const times = readTimes(folded).filter((t) => !found.some((d) => t.start < d.end && t.end > d.start));
  const used = new Set<RawTime>();
  const results: DateInLine[] = [];
  found.forEach((d, i) => {
    const prevEnd = i > 0 ? found[i - 1]!.end : 0;
    const nextStart = i + 1 < found.length ? found[i + 1]!.start : folded.length;
    let best: RawTime | null = null;
    let bestGap = Infinity;
    for (const t of times) {
      if (used.has(t) || t.end <= prevEnd || t.start >= nextStart) continue;
      const gap = t.start >= d.end ? t.start - d.end : d.start - t.end;
      if (gap < bestGap && gap <= 16) {
        best = t;
        bestGap = gap;
      }
    }
    if (best) used.add(best);
    const date: PageDate = {
      year: d.year,
      month: d.month,
      day: d.day,
      time: best ? { hour: best.hour, minute: best.minute, second: best.second } : null,
    };
    if (!isPlausibleDate(date, now)) return;
    const labelAt = best && best.start < d.start ? best.start : d.start;
    results.push({ date, role: roleBefore(folded, labelAt), index: d.start });
  });
  return results;
}

/**
 * Reads the published and updated dates from a date line such as
 * `Ngày đăng 28/10/2019 | 11:38 | Lượt xem: 539` or `Xuất bản: Thứ năm, 18/04/2024 05:40 (GMT+7)`.
 * A line whose only date is labelled "Cập nhật" gives that date as the published one: it is the only date
 * the page shows for the article.
 */
export function readDateLine(line: string, now: Date): { published: PageDate | null; updated: PageDate | null } {
  const dates = findDatesInLine(line, now);
  if (dates.length === 0) return { published: null, updated: null };
  const published = dates.find((d) => d.role === 'published') ?? dates.find((d) => d.role === 'unknown');
  const updated = dates.find((d) => d.role === 'updated' && d !== published);
  if (!published) return { published: updated?.date ?? null, updated: null };
  return { published: published.date, updated: updated?.date ?? null };
}

/**
 * Reads a date encoded in a URL: the e-newspaper's 18-digit id (3-digit prefix, then yyMMddHHmmss),
 * `/2023/05/31/` paths, or `-20230531` / `20230531093000` stamps in slugs. Returns null when none is plausible.
 */
export function dateFromUrl(url: string, now: Date): PageDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const id = path.match(/(?<!\d)\d{3}(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d*\.html?$/);
  if (id) {
    const [, yy, mo, d, h, mi, s] = id;
    const date: PageDate = { year: 2000 + +yy!, month: +mo!, day: +d!, time: { hour: +h!, minute: +mi!, second: +s! } };
    if (isPlausibleDate(date, now)) return date;
  }
  const parts = path.match(/\/(20\d{2}|19\d{2})\/(\d{1,2})\/(\d{1,2})\//);
  if (parts) {
    const date: PageDate = { year: +parts[1]!, month: +parts[2]!, day: +parts[3]!, time: null };
    if (isPlausibleDate(date, now)) return date;
  }
  const stamp = path.match(/(?<!\d)(20\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?!\d)/);
  if (stamp) {
    const date: PageDate = { year: +stamp[1]!, month: +stamp[2]!, day: +stamp[3]!, time: null };
    if (isPlausibleDate(date, now)) return date;
  }
  return null;
}
