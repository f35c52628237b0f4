// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { storeExtraction, type StorePorts } from '../../../lib/capture/store-extraction';
import { article, freshDb } from '../images/helpers';

let ids = 0;
const ports = (over: Partial<StorePorts> = {}): StorePorts => ({ db: freshDb(), now: () => 1, newId: () => `clip-${ids++}`, storageFree: async () => null, ...over });

describe('storeExtraction tells the background an item was saved (its images are then downloaded)', () => {
  it('calls clipSaved with the item’s id after a save, a re-capture included', async () => {
    const clipSaved = vi.fn();
    const p = ports({ clipSaved });
    const first = await storeExtraction(p, article(['http://sonoivu.soctrang.gov.vn/images/a.jpg']), false);
    const again = await storeExtraction(p, article(['http://sonoivu.soctrang.gov.vn/images/a.jpg']), false);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    expect(clipSaved.mock.calls).toEqual([[first.ok && first.clipId], [first.ok && first.clipId]]);
  });

  it('a hook that throws never fails the capture', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await storeExtraction(ports({ clipSaved: () => { throw new Error('boom'); } }), article([]), false);
    expect(result).toMatchObject({ ok: true });
    spy.mockRestore();
  });
});
