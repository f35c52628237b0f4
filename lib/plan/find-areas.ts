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
}

/**
 * Reads the content areas from the section that lists them ("III. NỘI DUNG TUYÊN TRUYỀN", or "1. Nội dung tuyên
 * truyền:" inside "II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"). The first list marker met after the heading (1., a),
 * -, +) sets the item level; deeper items are kept as children, and an item with lettered children is replaced by
 * them, since the children are what editors tag to. Lines without a marker continue the current item; an intro
 * line before the first item is skipped. The section ends at the next heading of the heading's own level or above.
 */
export function findAreas(lines: readonly string[]): ContentArea[] {
  const headings = lines.flatMap((l, i) => (AREAS_HEADING.test(l) ? [i] : []));
  const at = headings.find((i) => !/hình thức/iu.test(lines[i] ?? '')) ?? headings[0];
  if (at === undefined) return [];
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
    if (mark && mark[0] === top) items.push({ text: mark[1], children: [] });
    else if (mark && last) last.children.push(mark[1]);
    else if (last) {
      if (last.children.length) last.children[last.children.length - 1] += ` ${line}`;
      else last.text += ` ${line}`;
    }
  }
  return items.flatMap((item) => (item.children.length ? item.children : [item.text])).map(toArea);
}

function toArea(raw: string): ContentArea {
  const text = raw.replace(/\s+/g, ' ').trim();
  return { title: areaTitle(text), text };
}
