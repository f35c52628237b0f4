/** The header facts of a plan: title, year, issuing agency, number and date. */
export interface PlanHeader {
  /** The subject line under "KẾ HOẠCH". */
  title: string | null;
  /** From the title ("… năm 2020"), else the date line. */
  year: number | null;
  /** The issuing agency. */
  issuer: string | null;
  /** "311/KH-SKH&CN"; null when the number is blank ("Số: …/KH-…") or missing. */
  number: string | null;
  /** YYYY-MM-DD from "…, ngày 25 tháng 3 năm 2020". */
  date: string | null;
}

const ISSUER = /((?:Sở|Ủy ban nhân dân|UBND|Ban|Văn phòng|Phòng|Trung tâm|Chi cục|Cục)\s[^,.;:\n]*?)\s+(?:xây dựng|ban hành)\s+(?:kế hoạch)/iu;

/**
 * Reads a plan's header: the subject line after the "KẾ HOẠCH" heading, the "Số:" line, the place-and-date line and
 * the agency (named in the title after "tại", else the preamble's "<agency> xây dựng/ban hành kế hoạch").
 */
export function findHeader(lines: readonly string[]): PlanHeader {
  const k = lines.findIndex((l) => /^KẾ HOẠCH\s*$/u.test(l));
  const titleLine = k < 0 ? undefined : lines.slice(k + 1).find((l) => l !== '');
  const title = titleLine ?? null;
  const numberLine = lines.find((l) => /^Số\s*:/u.test(l));
  const rawNumber = numberLine?.replace(/^Số\s*:\s*/u, '').replace(/\s*\/\s*/g, '/').trim() ?? '';
  const number = /^\d/u.test(rawNumber) ? rawNumber : null;
  const dm = lines
    .map((l) => /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(l))
    .find((m) => m !== null);
  const date = dm ? `${dm[3]}-${dm[2]?.padStart(2, '0')}-${dm[1]?.padStart(2, '0')}` : null;
  const ty = title ? /năm\s+(\d{4})/u.exec(title) : null;
  const year = ty?.[1] ? Number(ty[1]) : dm?.[3] ? Number(dm[3]) : null;
  const inTitle = title ? /\btại\s+((?:Sở|Ủy ban|UBND|Ban|Văn phòng|Trung tâm)\s.+)$/u.exec(title) : null;
  const preamble = lines.slice(0, Math.max(k, 0) + 12).join('\n');
  const issuer = inTitle?.[1]?.trim() ?? ISSUER.exec(preamble)?.[1]?.trim() ?? null;
  return { title, year, issuer, number, date };
}
