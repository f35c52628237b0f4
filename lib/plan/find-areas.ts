import { areaTitle } from './area-title';
import type { ContentArea } from './types';

type Marker = 'roman' | 'number' | 'letter' | 'dash' | 'plus';

const MARKERS: [Marker, RegExp][] = [
  ['roman', /^[IVX]+\.\s*/u],
  ['number', /^\d{1,2}\.\s+/u],
  ['letter', /^[a-zđ]\)\s*/u],
  ['dash', /^[-–•]\s*/u],
  ['plus', /^\+\s*/u],
];

function markerOf(line: string): [Marker, string] | null {
  for (const [kind, re] of MARKERS) {
    const m = re.exec(line);
    if (m) return [kind, line.slice(m[0].length)];
  }
  return null;
}

const AREAS_HEADING = /^(?:[IVX]+|\d{1,2})\.\s*(?:các\s+)?nội dung(?:,\s*hình thức)?\s+(?:thông tin\s*,?\s*)?tuyên truyền\s*:?\s*$/iu;

interface Item {
  text: string;
  children: string[];
  /** True when the children are lettered items (a), b)) that stand as areas of their own. */
  lettered: boolean;
}

/**
 * Reads the content areas from the section that lists them ("III. NỘI DUNG TUYÊN TRUYỀN", or "1. Nội dung tuyên
 * truyền:" inside "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"). The first list marker met after the heading (1., a),
 * -, +) sets the item level; deeper items are kept as children; an item with lettered children is replaced by
 * them, since the children are what editors tag to. Lines without a marker continue the current item; an intro
 * line before the first item is skipped. The section ends at the next heading of the heading's own level or above.
 */
export function findAreas(lines: readonly string[]): ContentArea[] {
  const headings = lines.flatMap((l, i) => (AREAS_HEADING.test(l) ? [i] : []));
  const at = headings.find((i) => !/hình thức/iu.test(lines[i] ?? '')) ?? headings[0];
  if (at === undefined) return areasFromTable(lines);
  const level = /^[IVX]+\./u.test(lines[at] ?? '') ? 'roman' : 'number';
  let top: Marker | null = null;
  const items: Item[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line) continue;
    const mark = markerOf(line);
    if (mark?.[0] === 'roman' || (level === 'number' && mark?.[0] === 'number')) break;
    if (/^(?:Nơi nhận|PHỤ LỤC)/u.test(line)) break;
    if (mark && top === null) top = mark[0];
    const last = items[items.length - 1];
    if (mark && mark[0] === top) items.push({ text: mark[1], children: [], lettered: false });
    else if (mark && last) {
      last.children.push(mark[1]);
      if (mark[0] === 'letter') last.lettered = true;
    }
    else if (last) {
      if (last.children.length) last.children[last.children.length - 1] += ` ${line}`;
      else last.text += ` ${line}`;
    }
  }
  // Dash and plus children are details of their item and join its text.
  return items.flatMap((item) => (item.lettered ? item.children : [[item.text, ...item.children].join(' ')])).map(toArea);
}

function toArea(raw: string): ContentArea {
  const text = raw.replace(/\s+/g, ' ').trim();
  return { title: areaTitle(text), text };
}

/**
 * Fallback when no section lists the areas: an appendix table ("STT<tab>NỘI DUNG TUYÊN TRUYỀN<tab>CHỦ TRÌ…")
 * whose rows start with a number; each row's content cell is an area.
 */
function areasFromTable(lines: readonly string[]): ContentArea[] {
  const head = lines.findIndex((l) => /^STT\t/u.test(l) && /NỘI DUNG/iu.test(l));
  if (head < 0) return [];
  const col = (lines[head] ?? '').split('\t').findIndex((c) => /NỘI DUNG/iu.test(c));
  return lines
    .slice(head + 1)
    .map((l) => l.split('\t'))
    .filter((cells) => /^\d{1,2}\.?$/u.test(cells[0] ?? '') && (cells[col] ?? '').trim() !== '')
    .map((cells) => toArea((cells[col] ?? '').replace(/^\d{1,2}\.\s+/u, '')));
}
