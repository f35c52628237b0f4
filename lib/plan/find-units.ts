import type { Unit } from './types';

// A unit name starts with one of these and runs to punctuation or to the verb that follows it.
const START = /(?:Văn phòng|Phòng|Trung tâm|Ban Biên tập|Ủy ban nhân dân các (?:phường|xã)|UBND các (?:phường|xã))(?=[\s.,;:)\t]|$)/gu;
const STOP =
  /[.,;:()\t]|\s(?:phối hợp|chủ trì|có trách nhiệm|chịu trách nhiệm|để|thực hiện|tổ chức|căn cứ|hướng dẫn|kịp thời|tuyên truyền|xem xét|lồng ghép|tổng hợp|thẩm định|báo cáo|xây dựng|triển khai|tham mưu|đăng|gửi|nắm|trình|đạt)(?=[\s,.;]|$)/u;
// Bodies outside the agency that plans name as places, not as contributing units.
const NOT_A_UNIT = /hành chính công|Chính phủ/u;

/**
 * Finds the units a plan names as responsible: in the "TỔ CHỨC THỰC HIỆN" section, on "Cơ quan chủ trì:" lines and
 * in the appendix table. Names that differ only in their dash ("Văn hóa - Thể thao" / "Văn hóa – Thể thao") are
 * one unit, written with an en dash; a bare prefix ("Văn phòng" beside "Văn phòng Sở") becomes an alias.
 */
export function findUnits(lines: readonly string[]): Unit[] {
  const names: string[] = [];
  let inCharge = false;
  let appendix = false;
  for (const line of lines) {
    if (/^[IVX]+\.\s/u.test(line)) inCharge = /TỔ CHỨC THỰC HIỆN/iu.test(line);
    if (/^Nơi nhận/iu.test(line)) inCharge = false;
    if (/^PHỤ LỤC/u.test(line)) appendix = true;
    const lead = /^[-–+]?\s*Cơ quan chủ trì\s*:\s*(.+)$/iu.exec(line);
    const scope = lead?.[1] ?? (inCharge || appendix ? line : null);
    if (scope === null) continue;
    for (const m of scope.matchAll(START)) {
      // "Ủy ban nhân dân các phường" is a whole name; the others run on to the verb.
      if (/^(?:Ủy ban|UBND)/u.test(m[0])) {
        names.push(m[0]);
        continue;
      }
      const rest = scope.slice(m.index);
      const stop = STOP.exec(rest.slice(m[0].length));
      const name = (stop ? rest.slice(0, m[0].length + stop.index) : rest).trim().replace(/\s*[-–]\s*/g, ' – ');
      if (!NOT_A_UNIT.test(name)) names.push(name);
    }
  }
  const units: Unit[] = [];
  for (const name of names) {
    if (units.some((u) => u.name === name)) continue;
    const longer = names.find((n) => n !== name && n.startsWith(`${name} `));
    if (longer) continue;
    units.push({ name });
  }
  for (const name of new Set(names)) {
    const owner = units.find((u) => u.name !== name && u.name.startsWith(`${name} `));
    if (owner) owner.aliases = [...(owner.aliases ?? []), name];
  }
  return units;
}
