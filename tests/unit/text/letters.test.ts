import { describe, expect, it } from 'vitest';
import { LETTER, LOWER, UPPER } from '../../../lib/text/letters';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Every Vietnamese letter, lower case, composed (NFC). */
const VIETNAMESE = [...'bcdđghklmnpqrstvx', ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')))];

describe('letter classes', () => {
  it('hold every Vietnamese letter in the right case, and no other case', () => {
    const upper = new RegExp(`^[${UPPER}]$`);
    const lower = new RegExp(`^[${LOWER}]$`);
    const any = new RegExp(`^[${LETTER}]$`);
    for (const ch of VIETNAMESE) {
      expect(lower.test(ch), ch).toBe(true);
      expect(upper.test(ch), ch).toBe(false);
      expect(upper.test(ch.toUpperCase()), ch.toUpperCase()).toBe(true);
      expect(lower.test(ch.toUpperCase()), ch.toUpperCase()).toBe(false);
      expect(any.test(ch) && any.test(ch.toUpperCase())).toBe(true);
    }
    for (const other of ['1', ' ', '-', '.', '(', '中']) expect(any.test(other), other).toBe(false);
  });
});
