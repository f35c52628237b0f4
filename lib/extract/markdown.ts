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
  service.keep((node) => hasMergedCells(node as HTMLElement));
  return service;
}

/**
 * Converts sanitised article HTML to Markdown (GFM tables; tables with merged cells kept as HTML).
 * Takes a node so no HTML string has to be parsed again; the result is NFC.
 */
export function toMarkdown(node: Element): string {
  return turndown().turndown(node as unknown as HTMLElement).normalize('NFC').replace(/\n{3,}/g, '\n\n').trim();
}
