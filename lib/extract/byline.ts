import { cleanText } from '../text/clean';
import { LETTER, LOWER, UPPER } from '../text/letters';

/** Author and source credit read from the closing lines of an article. */
export interface Credits {
  author: string | null;
  source: string | null;
}

const AUTHOR_LABEL = /^(?:tin(?:\s*(?:,|và|\/|&)\s*ảnh)?|bài(?:\s*(?:,|và|\/|&)\s*ảnh)?|ảnh|tin\s*bài|bài\s*viết|tác\s*giả|t\/h|tổng\s*hợp|thực\s*hiện|nhóm\s*pv|người\s*viết)\s*:\s*(.{2,80})$/iu;
const SOURCE_LABEL = /^(?:nguồn(?:\s*tin)?|source)\s*:?\s*(.{2,160})$/iu;
// "Theo Báo Quảng Ninh" is a source; "Theo dõi VOV.VN trên Facebook", "Theo đó, …" are not.
const THEO = /^theo\s+(?!dõi\b|doi\b|đó\b|do\b|kế hoạch|quy định|báo cáo|ông\s|bà\s)(.{2,80})$/iu;
const PAREN_SOURCE = /^\((.{2,40})\)$/u;
/** Initials and press bylines: `PV`, `DT`, `Đ.Chính`, `T. HUY`, `P.V`, `HÀ VY`. */
const U = `[${UPPER}]`;
const INITIALS = new RegExp(`^(?:${U}{1,3}(?:\\.\\s?${U}{1,3})*\\.?|${U}\\.\\s?[${LETTER}]+|${U}{1,2}\\.\\s?${U}[${LOWER}]+(?:\\s${U}[${LOWER}]+)*)$`);
const NAME_WORD = new RegExp(`^${U}[${LETTER}.'’-]*$`);
const CAPITALS = new RegExp(`^[${UPPER}\\d.\\s-]+$`);
/** An agency's name as credits print it: `TTXVN/Vietnam+`, `Báo Quảng Ninh`. */
const AGENCY = new RegExp(`^[${UPPER}\\d][${LETTER}\\d\\s./+&-]*$`);

function isNameWord(word: string): boolean {
  return NAME_WORD.test(word);
}

/**
 * Whether a short closing line looks like a person's name as bylines print it: all words capitalised
 * (`Phương An`, `HÀ VY`), initials (`Đ.Chính`, `PV`), optionally followed by an organisation after a comma or a dash
 * (`Nguyễn Hồng Tấn, STP Quảng Ngãi`, `Mỹ Xuyên - CCHC`).
 */
export function looksLikeName(line: string): boolean {
  const text = cleanText(line);
  if (text.length < 2 || text.length > 60) return false;
  if (/[.!?;:…]$/.test(text) && !INITIALS.test(text)) return false;
  if (INITIALS.test(text)) return true;
  const [name = '', org] = text.split(/\s*(?:,|\s[-–—]\s)\s*/, 2);
  const words = name.split(' ');
  if (words.length < 1 || words.length > 5) return false;
  if (!words.every(isNameWord)) return false;
  if (words.length === 1 && !CAPITALS.test(name)) return false; // one Title-case word is too often a heading
  if (org !== undefined && (org.split(' ').length > 8 || /[.!?]$/.test(org))) return false;
  return true;
}

/**
 * Reads an author or source from one closing line. Returns null when the line is ordinary text.
 * `Tin, ảnh: Hồng Nhung` → author; `Nguồn: Sở Nội vụ`, `Theo Báo Quảng Ninh`, `(TTXVN/Vietnam+)` → source.
 */
export function readCreditLine(line: string): Partial<Credits> | null {
  const text = cleanText(line);
  if (!text || text.length > 170) return null;
  let m = text.match(AUTHOR_LABEL);
  if (m) return { author: cleanText(m[1]) };
  m = text.match(SOURCE_LABEL);
  if (m) return { source: cleanText(m[1]).replace(/[.;]$/, '') };
  m = text.match(THEO);
  if (m && !/[.!?]$/.test(text) && m[1]!.split(' ').length <= 10) return { source: cleanText(m[1]) };
  // "P.V (TTXVN/Vietnam+)": the writer, then the agency in parentheses.
  m = text.match(/^(.{2,40}?)\s*\(([^()]{2,40})\)$/u);
  if (m && looksLikeName(m[1]!) && AGENCY.test(m[2]!)) return { author: cleanText(m[1]), source: cleanText(m[2]) };
  m = text.match(PAREN_SOURCE);
  if (m && AGENCY.test(m[1]!)) return { source: cleanText(m[1]) };
  if (looksLikeName(text)) return { author: text };
  return null;
}
