/** Forbids every load and script in the host frame: a page put there fetches no image, style, font or frame. */
const INERT_POLICY = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; media-src 'none'; font-src 'none'; frame-src 'none'; object-src 'none'";

/**
 * A document with a window for reading fetched pages. DOMParser's documents have no window, and the extractor's
 * sanitiser needs the one that owns the nodes (in a tab it is the page's). The host is a hidden iframe of `owner`
 * (the offscreen document, or Firefox's background page): sandboxed without scripts and under a content security
 * policy that forbids every load, so nothing of a page placed in it runs or is fetched.
 */
export function createInertHost(owner: Document): Document {
  const frame = owner.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.hidden = true;
  owner.body.append(frame);
  const host = frame.contentDocument;
  if (!host) throw new Error('The reading frame has no document');
  const policy = host.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', INERT_POLICY);
  host.head.append(policy);
  return host;
}

/**
 * Puts a parsed page into the host in place of what it held before and returns the host, now that page with a
 * window. The policy set when the host was created stays in force (a policy outlives its `<meta>`); scripts
 * copied from a parsed document are marked as already run and never execute.
 */
export function placeInHost(host: Document, parsed: Document): Document {
  host.replaceChild(host.importNode(parsed.documentElement, true), host.documentElement);
  return host;
}
