import { describe, it, expect } from 'vitest';
import { textF1, textTokens } from '../../../lib/bench/text-f1';

describe('textTokens', () => {
  const cases: { name: string; text: string; tokens: string[] }[] = [
    { name: 'empty text', text: '', tokens: [] },
    { name: 'only punctuation and spaces', text: ' — ,;!? \n\t', tokens: [] },
    { name: 'lower-cases', text: 'Hà NỘI', tokens: ['hà', 'nội'] },
    { name: 'splits on punctuation, keeps digits', text: 'Nghị định 15/2020/NĐ-CP.', tokens: ['nghị', 'định', '15', '2020', 'nđ', 'cp'] },
    { name: 'composes windows-1258 style combining tones (NFC)', text: 'Đa\u0300 Nă\u0303ng', tokens: ['đà', 'nẵng'] },
    { name: 'keeps combining vowel signs inside a word', text: 'नमस्ते दुनिया', tokens: ['नमस्ते', 'दुनिया'] },
    { name: 'one token per Han character', text: '中文 测试', tokens: ['中', '文', '测', '试'] },
    { name: 'Han next to Latin', text: 'ABC中文', tokens: ['abc', '中', '文'] },
    { name: 'underscore and apostrophe separate', text: "snake_case don't", tokens: ['snake', 'case', 'don', 't'] },
  ];
  it.each(cases)('$name', ({ text, tokens }) => {
    expect(textTokens(text)).toEqual(tokens);
  });
});

describe('textF1', () => {
  const cases: { name: string; actual: string; expected: string; f1: number }[] = [
    { name: 'both empty', actual: '', expected: '', f1: 1 },
    { name: 'both without tokens', actual: '...', expected: ' - ', f1: 1 },
    { name: 'actual empty', actual: '', expected: 'một hai', f1: 0 },
    { name: 'expected empty', actual: 'một hai', expected: '', f1: 0 },
    { name: 'identical', actual: 'một hai ba', expected: 'một hai ba', f1: 1 },
    { name: 'order, case, punctuation and NFC do not matter', actual: 'BA, hai. Mo\u0323\u0302t', expected: 'một hai ba', f1: 1 },
    { name: 'disjoint', actual: 'một hai', expected: 'ba bốn', f1: 0 },
    // actual has 2 extra tokens: P = 2/4, R = 2/2 → F1 = 2/3
    { name: 'extra tokens lower precision', actual: 'một hai menu quảng', expected: 'một hai', f1: 2 / 3 },
    // actual misses 3 of 4: P = 1, R = 1/4 → F1 = 0.4
    { name: 'missing tokens lower recall', actual: 'một', expected: 'một hai ba bốn', f1: 0.4 },
    // bag semantics: "tin" twice in actual but once expected → 2 common of 3 actual / 2 expected
    { name: 'repeated tokens count once per occurrence', actual: 'tin tin bài', expected: 'tin bài', f1: 0.8 },
    { name: 'a diacritic makes a different word', actual: 'ban', expected: 'bạn', f1: 0 },
  ];
  it.each(cases)('$name', ({ actual, expected, f1 }) => {
    expect(textF1(actual, expected)).toBeCloseTo(f1, 10);
  });

  it('is symmetric', () => {
    const a = 'Sáng nay tỉnh tổ chức hội nghị tổng kết';
    const b = 'hội nghị tổng kết công tác năm 2023';
    expect(textF1(a, b)).toBeCloseTo(textF1(b, a), 10);
  });
});
