import { cleanText } from '../text/clean';
import { UPPER } from '../text/letters';

/**
 * Agency prefixes at the start of a sapo or first paragraph: `CTTĐT -`, `(Chinhphu.vn) -`, `VGP -`,
 * `(Quang Binh Portal) -`, `(HNM) -`, `BDK -`, `VOV.VN -`. A parenthesised name may stand without a dash.
 */
const AGENCY_PREFIX = new RegExp(`^\\s*(?:\\([^()]{2,40}\\)\\s*[-–—:]?|[${UPPER}\\d][${UPPER}\\d.&+/]{1,15}(?:\\s[${UPPER}\\d.&+]{1,10})?\\s*[-–—](?=\\s))\\s*`);

/** Removes an agency prefix from the start of a lead or paragraph; other text is returned cleaned and unchanged. */
export function stripAgencyPrefix(text: string): string {
  const cleaned = cleanText(text);
  const stripped = cleaned.replace(AGENCY_PREFIX, '');
  // A lead that is nothing but a parenthesis is not a prefix plus text.
  return stripped.length >= 3 ? stripped : cleaned;
}

/** Whether the text starts with an agency prefix. */
export function hasAgencyPrefix(text: string): boolean {
  return AGENCY_PREFIX.test(cleanText(text));
}
