import { baochinhphu } from './baochinhphu';
import { cms3 } from './cms3';
import { dotnetnuke } from './dotnetnuke';
import { drupal } from './drupal';
import { huecit } from './huecit';
import { liferay } from './liferay';
import { mojoportal } from './mojoportal';
import { nukeviet } from './nukeviet';
import { pageSignature, type PageSignature, type SiteProfile } from './profile';
import { sharepoint } from './sharepoint';
import { webcenter } from './webcenter';
import { websphere } from './websphere';

/** Every platform profile, most specific first. The generic path runs when none matches. */
export const SITE_PROFILES: readonly SiteProfile[] = [
  baochinhphu,
  mojoportal,
  nukeviet,
  cms3,
  huecit,
  dotnetnuke,
  webcenter,
  websphere,
  sharepoint,
  liferay,
  drupal,
];

/** The first profile that recognises the page, or null; pass the page's signature when it is already known. */
export function findProfile(doc: Document, url: URL, signature: PageSignature = pageSignature(doc)): SiteProfile | null {
  return SITE_PROFILES.find((p) => p.matches(url, signature)) ?? null;
}
