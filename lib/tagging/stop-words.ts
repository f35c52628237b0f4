/**
 * Words that say nothing about which content area an article belongs to. Syllables are compared as written
 * (lower case, NFC, new tone placement) because folding merges words that must stay apart: "của" is a stop word
 * but "cửa" (một cửa) is not, "tại" is but "tài" (tài chính) is not.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'và của các những nhưng trong ngoài đối với cho được bị là có theo tại về như đã đang sẽ này kia đó nọ thì mà ' +
    'để từ đến tới trên dưới sau trước khi nếu cũng còn rất nhiều ít mỗi mới nhất hơn bởi vào qua lại nên vì do ' +
    'hoặc hay cùng nhau năm tháng ngày quý lần gồm tất cả hai ba bốn ' +
    'đây ấy này thêm vẫn chưa không đều luôn ngay'
  ).split(' '),
);

/**
 * Phrases (folded) that every plan uses for every area: they say "this is about reform work", not which area.
 * A longer phrase that contains one ("thủ tục hành chính") is still a phrase of its own.
 */
const GENERIC_PHRASES = new Set([
  'cong tac', 'thuc hien', 'trien khai', 'tang cuong', 'nang cao', 'cai cach', 'hanh chinh', 'cai cach hanh chinh',
  'cach hanh', 'cach hanh chinh', 'nha nuoc', 'hanh chinh nha nuoc', 'co quan', 'don vi', 'to chuc', 'ca nhan',
  'ket qua', 'tinh hinh', 'noi dung', 'nhiem vu', 'giai phap', 'hieu qua', 'chat luong', 'quy dinh', 'day manh',
  'xay dung', 'phat trien', 'tiep tuc', 'dam bao', 'cac cap', 'dia phuong', 'dia ban', 'tinh', 'thanh pho',
  'quan', 'huyen', 'xa', 'phuong', 'so', 'nganh', 'uy ban', 'nhan dan', 'uy ban nhan dan', 'cchc',
]);

// Written syllables are NFC already (syllables.ts); only case differs. Answers are remembered per spelling.
const STOP_CACHE_LIMIT = 50_000;
const stopCache = new Map<string, boolean>();

/** True when a written (NFC) syllable is a function word ("và", "của", "các") that may not start or end a phrase. */
export function isStopSyllable(written: string): boolean {
  let stop = stopCache.get(written);
  if (stop === undefined) {
    if (stopCache.size >= STOP_CACHE_LIMIT) stopCache.clear();
    stopCache.set(written, (stop = STOP_WORDS.has(written.toLowerCase())));
  }
  return stop;
}

/** True when a folded phrase is one every area shares ("công tác", "thực hiện", "cải cách hành chính"). */
export function isGenericPhrase(folded: string): boolean {
  return GENERIC_PHRASES.has(folded);
}
