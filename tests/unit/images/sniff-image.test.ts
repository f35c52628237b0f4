import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../../lib/images/sniff-image';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)).concat(new Array(32).fill(0)));

describe('sniffImageType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    ['GIF89a', bytes('GIF89a'), 'image/gif'],
    ['GIF87a', bytes('GIF87a'), 'image/gif'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['BMP', bytes('BM'), 'image/bmp'],
    ['AVIF', bytes([0, 0, 0, 0x20], 'ftypavif'), 'image/avif'],
    ['ICO', bytes([0, 0, 1, 0, 1, 0]), 'image/x-icon'],
    ['HTML', bytes('<!doctype html><title>404</title>'), null],
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    ['RIFF that is a WAV', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '), null],
    ['empty', new Uint8Array(0), null],
  ])('%s', (_name, input, expected) => {
    expect(sniffImageType(input)).toBe(expected);
  });
});
