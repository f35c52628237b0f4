/**
 * Turns the raw bytes of an HTML page into text the way a browser would pick
 * the encoding: byte order mark first, then the charset declared in a
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * tag, otherwise UTF-8. Old Vietnamese government sites still serve
 * windows-1258, whose tone marks are combining characters, hence the NFC step.
 */

/** How many leading bytes are searched for a `<meta>` charset declaration. */
const PRESCAN_BYTES = 64 * 1024;

const COMMENT = /<!--[\s\S]*?-->/g;
const META_TAG = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const CHARSET_IN_CONTENT = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;

/** Reads the attributes of one `<meta …>` tag into a lower-cased name → value map. */
function metaAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<meta/i, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The charset label a single `<meta>` tag declares, or null when it declares none. */
function charsetOfMeta(tag: string): string | null {
  const attributes = metaAttributes(tag);
  const charset = attributes.get('charset');
  if (charset !== undefined && charset.trim() !== '') return charset.trim();
  const content = attributes.get('content');
  if (content === undefined || attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') {
    return null;
  }
  const match = CHARSET_IN_CONTENT.exec(content);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() || null : null;
}

/** The first charset label declared by a `<meta>` tag in the page head, or null. */
function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII markup survives whatever the real encoding.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT, '');
  for (const [tag] of head.matchAll(META_TAG)) {
    const label = charsetOfMeta(tag);
    if (label !== null) return label;
  }
  return null;
}

/** The encoding announced by a byte order mark, or null when there is none. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * Resolves a declared label to an encoding TextDecoder supports, following the
 * HTML rules for `<meta>`: a UTF-16 declaration means UTF-8 (the markup was
 * readable as ASCII, so it cannot be UTF-16), x-user-defined means
 * windows-1252, and an unknown label falls back to UTF-8.
 */
function resolveMetaLabel(label: string): string {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  if (encoding === 'x-user-defined') return 'windows-1252';
  return encoding;
}

/**
 * The WHATWG name of the encoding {@link decodeHtml} uses for these bytes:
 * the byte order mark's, else the `<meta>` declaration's, else `utf-8`.
 */
export function htmlEncoding(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom !== null) return bom;
  const declared = declaredCharset(bytes);
  return declared === null ? 'utf-8' : resolveMetaLabel(declared);
}

/**
 * Decodes an HTML page's bytes honouring its byte order mark or declared
 * charset (`<meta charset>` or `http-equiv="Content-Type"`, default UTF-8),
 * drops the byte order mark, replaces undecodable bytes with U+FFFD and
 * returns the text in NFC.
 */
export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(htmlEncoding(bytes)).decode(bytes).normalize('NFC');
}
