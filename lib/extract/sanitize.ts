import createDOMPurify from 'dompurify';

/**
 * DOMPurify tests every attribute value against this, not only URLs: values with a scheme must be http(s), mailto
 * or tel; values without one (relative links, "2" in rowspan) pass, as in DOMPurify's default pattern.
 */
const SAFE_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * Sanitises article HTML with DOMPurify before it is stored or shown: no scripts, handlers, styles, forms, frames
 * or foreign markup; only http(s) links and images. `win` is the window that owns the nodes, or the one that
 * parses the string (an extension page's, jsdom's in Node). Returns a detached `<body>` holding the clean article; read its `innerHTML`
 * for the stored string.
 */
export function sanitizeArticle(node: Element | string, win: Window): HTMLElement {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (el) => {
    if (el.tagName === 'A') {
      el.setAttribute('rel', 'noopener noreferrer');
      el.setAttribute('target', '_blank');
    }
  });
  const body = purify.sanitize(node, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'font', 'center'],
    FORBID_ATTR: ['style', 'class', 'id', 'align', 'valign', 'width', 'height', 'border', 'bgcolor', 'background', 'color', 'face', 'size', 'cellpadding', 'cellspacing', 'frame', 'rules', 'hspace', 'vspace'],
    ALLOWED_URI_REGEXP: SAFE_URI,
    ADD_ATTR: ['colspan', 'rowspan', 'scope'],
    KEEP_CONTENT: true,
    RETURN_DOM: true,
  });
  return body as unknown as HTMLElement;
}

/**
 * Sanitises HTML that arrives as a string (a stored clip, an imported record) into a string that is safe to
 * render, using the same rules as article capture.
 */
export function sanitizeHtmlString(html: string, win: Window): string {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id'],
    ALLOWED_URI_REGEXP: SAFE_URI,
    ADD_ATTR: ['target', 'colspan', 'rowspan', 'scope'],
  });
}
