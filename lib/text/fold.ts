/**
 * Folds Vietnamese text for matching: NFC → NFD, combining marks dropped, `đ`→`d`, lower case.
 * Old and new tone placement (hoà / hòa, thuỷ / thủy) fold to the same string because both lose their marks;
 * "cai cach" matches "cải cách". Display always keeps the source's own spelling; only search keys are folded.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Splits folded text into search tokens (letters and digits), e.g. "Cải cách hành chính!" →
 * ["cai", "cach", "hanh", "chinh"].
 */
export function searchTokens(text: string): string[] {
  return foldVietnamese(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
