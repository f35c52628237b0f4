import { describe, expect, it } from 'vitest';
import { areaKey } from '../../../lib/tagging/area-key';
import { readAreas } from '../../../lib/tagging/read-areas';
import { taggableFromExtraction, taggableFromText } from '../../../lib/tagging/taggable-text';

describe('areaKey', () => {
  it.each([
    [{ title: 'a', text: 'a', code: 'tthc' }, 0, 'tthc'],
    [{ title: 'a', text: 'a' }, 0, 'area-1'],
    [{ title: 'a', text: 'a' }, 8, 'area-9'],
  ])('%o at %i → %s', (area, index, key) => expect(areaKey(area, index)).toBe(key));
});

describe('readAreas', () => {
  it('reads { areas } with codes and keywords, NFC', () => {
    expect(readAreas({ areas: [{ title: 'Thu\u0309 tu\u0323c', text: 'x', code: 'tthc', keywords: ['một cửa'] }] })).toEqual([
      { title: 'Thủ tục', text: 'x', code: 'tthc', keywords: ['một cửa'] },
    ]);
  });
  it.each([[null], [{}], [{ areas: [] }], [{ areas: [{}] }], [{ areas: [{ title: 'a', keywords: 'x' }] }]])('rejects %o', (value) => {
    expect(() => readAreas(value)).toThrow();
  });
});

describe('taggable text', () => {
  it('takes the first line of a text file as the title', () => {
    expect(taggableFromText('\ufeff\nTiêu đề\nDòng 1\nDòng 2\n')).toEqual({ title: 'Tiêu đề', body: 'Dòng 1\nDòng 2' });
  });
  it('takes the words of an extraction, without Markdown', () => {
    const text = taggableFromExtraction({ title: 'T', lead: 'L', markdown: '**Một cửa** [liên thông](http://x) ![ảnh](a.jpg)' });
    expect(text.body.replace(/\s+/g, ' ').trim()).toBe('Một cửa liên thông');
  });
});
