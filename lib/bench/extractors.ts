/**
 * The three extractors the benchmark compares, behind one interface. Each
 * adapter splits its work in two: `run` is the timed extraction call, and the
 * function it returns maps the raw result to a {@link BenchOutput} afterwards,
 * so parsing the output HTML is not counted in the timing.
 */
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import type { Extraction } from '../extract/types';
import { summarizeHtml } from './html';

/** The fields the benchmark scores, common to all extractors. */
export interface BenchOutput {
  title: string;
  /** Byline / author. */
  byline: string | null;
  /** Published date as the extractor reports it. */
  published: string | null;
  /** Lead / excerpt / description. */
  lead: string;
  /** Source credit; only our extractor reports one. */
  source: string | null;
  /** Reader text of the article body. */
  bodyText: string;
  /** Image URLs of the article, as given (resolved later against the page URL). */
  images: string[];
  /** Attachment (or, for other extractors, link) URLs. */
  attachments: string[];
}

/** Builds the scored output once timing is over. */
export type OutputBuilder = () => BenchOutput;

/** One extractor under test. */
export interface BenchExtractor {
  name: string;
  /** Dates must equal the expected string exactly (ours) rather than fall on the same day (others). */
  strictDates: boolean;
  /** Whether the extractor reports a source credit apart from the author. */
  reportsSource: boolean;
  /**
   * Extracts from a fresh document; returns null when the extractor finds no
   * article. May throw. `now` is the frozen clock for relative dates.
   */
  run(doc: Document, url: string, now: Date): OutputBuilder | null;
}

/** Signature of our extractor (`lib/extract/index.ts`). */
export type ExtractArticle = (doc: Document, options: { url: string; selectionHtml?: string; now?: Date }) => Extraction | null;

/** Adapter for our extractor; `extract` is passed in so the benchmark can run against any build of it. */
export function oursExtractor(extract: ExtractArticle): BenchExtractor {
  return {
    name: 'ours',
    strictDates: true,
    reportsSource: true,
    run(doc, url, now) {
      const result = extract(doc, { url, now });
      if (result === null) return null;
      return () => ({
        title: result.title,
        byline: result.author,
        published: result.published,
        lead: result.lead,
        source: result.source,
        bodyText: summarizeHtml(result.html).text,
        images: result.images.map((image) => image.src),
        attachments: result.attachments.map((attachment) => attachment.href),
      });
    },
  };
}

/** Adapter for Mozilla Readability (`new Readability(doc).parse()`). */
export const readabilityExtractor: BenchExtractor = {
  name: 'readability',
  strictDates: false,
  reportsSource: false,
  run(doc) {
    const result = new Readability(doc).parse();
    if (result === null) return null;
    return () => {
      const body = summarizeHtml(result.content ?? '');
      return {
        title: result.title ?? '',
        byline: result.byline ?? null,
        published: result.publishedTime ?? null,
        lead: result.excerpt ?? '',
        source: null,
        bodyText: body.text,
        images: body.images,
        attachments: body.links,
      };
    };
  },
};

/**
 * Adapter for Defuddle. Uses the synchronous `parse()` of the class that
 * `defuddle/node` exports: its async `Defuddle()` wrapper may fetch from the
 * network (transcripts and the like), which a benchmark must not do.
 */
export const defuddleExtractor: BenchExtractor = {
  name: 'defuddle',
  strictDates: false,
  reportsSource: false,
  run(doc, url) {
    const result = new DefuddleClass(doc, { url }).parse();
    return () => {
      const body = summarizeHtml(result.content);
      return {
        title: result.title,
        byline: result.author || null,
        published: result.published || null,
        lead: result.description,
        source: null,
        bodyText: body.text,
        images: body.images,
        attachments: body.links,
      };
    };
  },
};
