import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';

let service: TurndownService | null = null;

/** Tables with merged cells cannot be a GFM table without lying about the layout: they stay HTML in the Markdown. */
function hasMergedCells(node: HTMLElement): boolean {
  return node.nodeName === 'TABLE' && node.querySelector('[rowspan]:not([rowspan="1"]), [colspan]:not([colspan="1"])') !== null;
}

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  service.use(gfm);
  // Added after the plugin so it is tried first (Turndown tries the newest rule first).
  service.addRule('mergedCellTable', {
    filter: (node) => hasMergedCells(node as HTMLElement),
    replacement: (_content, node) => `\n\n${(node as HTMLElement).outerHTML}\n\n`,
  });
  return service;
}

/**
 * Table parts outside any table (a body that was a table cell, a selection inside a table) become plain blocks:
 * the GFM plugin assumes every cell has a table.
 */
function unwrapOrphanCells(root: Element): void {
  const doc = root.ownerDocument;
  for (const part of Array.from(root.querySelectorAll('td, th, tr, thead, tbody, tfoot, caption'))) {
    if (part.closest('table') && root.contains(part.closest('table'))) continue;
    const div = doc.createElement('div');
    div.append(...Array.from(part.childNodes));
    part.replaceWith(div);
  }
}

/**
 * Converts sanitised article HTML to Markdown (GFM tables; tables with merged cells kept as HTML).
 * Takes a node so no HTML string has to be parsed again; the result is NFC.
 */
export function toMarkdown(node: Element): string {
  unwrapOrphanCells(node);
  return turndown().turndown(node as unknown as HTMLElement).normalize('NFC').replace(/\n{3,}/g, '\n\n').trim();
}
