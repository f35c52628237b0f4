/** Vietnam's fixed offset (UTC+07:00, no daylight saving). */
const VN_OFFSET_MS = 7 * 3600_000;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/**
 * Formats one of our stored date strings the Vietnamese way, day first:
 * `2024-02-12T08:30:00+07:00` → `12/02/2024 08:30`, `2024-02-12` → `12/02/2024`.
 * A time with an offset is shown in Vietnam time (UTC+07:00) whatever the machine's zone; a time without an
 * offset is taken as already Vietnam time. Never goes through `new Date(string)`, whose parsing of non-ISO strings
 * is month-first. Returns null for null or blank input, and the input unchanged when it is not an ISO date.
 */
export function formatVietnameseDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const m = ISO_PATTERN.exec(text);
  if (!m) return text;
  const [, y, mo, d, hh, mi, ss, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return text;
  if (hh === undefined || mi === undefined) return `${pad(day)}/${pad(month)}/${year}`;
  if (zone === undefined) return `${pad(day)}/${pad(month)}/${year} ${hh}:${mi}`;
  const utc = Date.UTC(year, month - 1, day, Number(hh), Number(mi), Number(ss ?? '0')) - offsetMinutes(zone) * 60_000;
  return formatEpochVietnam(utc);
}

/** Formats an instant (epoch milliseconds) as `dd/MM/yyyy HH:mm` in Vietnam time. */
export function formatEpochVietnam(epochMs: number): string {
  const v = new Date(epochMs + VN_OFFSET_MS);
  return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}

/**
 * A byte count for people: `0 B`, `512 B`, `12,3 MB` (Vietnamese decimal comma) or `12.3 MB` in English.
 */
export function formatBytes(bytes: number, language: 'vi' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}

/** A count with the language's thousands separator: `10.000` in Vietnamese, `10,000` in English. */
export function formatCount(count: number, language: 'vi' | 'en'): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(count);
}

/**
 * Reads a day the editor typed, day first: `12/03/2025`, `12-3-2025`, `12.03.25` (→ 2025) or ISO `2025-03-12`.
 * Returns `YYYY-MM-DD`, '' for blank input, or null when it is not a real calendar day (31/02, 12/13/2025).
 */
export function parseVietnameseDay(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (vn) {
    [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
    if (vn[3]!.length === 2) year += 2000;
  } else {
    return null;
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
