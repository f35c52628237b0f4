import { searchTokens } from '../text/fold';

/**
 * A fingerprint of an article's text that survives re-publication on another address: FNV-1a over the folded
 * words of title and body. Two captures with the same fingerprint are the same article.
 */
export function contentHash(title: string, bodyText: string): string {
  const words = searchTokens(`${title} ${bodyText}`).join(' ');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}:${words.length}`;
}
