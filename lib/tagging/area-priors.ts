import type { ContentArea } from '../plan/types';
import { areaKey } from './area-key';
import { phraseShares } from './features';
import type { AreaPriors } from './learned-similarity';

const cache = new WeakMap<readonly ContentArea[], AreaPriors>();

/**
 * Each area's own wording (title, full text and keywords) as the learned side's phrase shares: one example per area
 * that the learned classes start from, so an area nobody has confirmed yet still has a class to compare with, and
 * an area with one or two confirmed articles is not judged on them alone. Built once per areas array.
 */
export function areaPriors(areas: readonly ContentArea[]): AreaPriors {
  const ready = cache.get(areas);
  if (ready) return ready;
  const priors = new Map<string, ReadonlyMap<number, number>>();
  areas.forEach((area, i) => {
    priors.set(areaKey(area, i), phraseShares({ title: area.title, body: `${area.text}\n${(area.keywords ?? []).join('.\n')}` }));
  });
  cache.set(areas, priors);
  return priors;
}
