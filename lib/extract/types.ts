/** An image of the article, with its URL made absolute and its caption if the page gave one. */
export interface ExtractedImage {
  /** Absolute URL (lazy `data-src` / `srcset` already resolved). */
  src: string;
  alt: string;
  /** Caption text (figcaption, caption cell or italic line under the image), or '' when none. */
  caption: string;
}

/** A file linked from the article: legal documents, forms, spreadsheets. */
export interface ExtractedAttachment {
  /** Absolute URL of the file. */
  href: string;
  /** The link text, or the file name when the link has no text. */
  name: string;
}

/**
 * What the extractor returns for one page. Shared by the injected script, the
 * queue and `npm run extract`; every string is NFC.
 */
export interface Extraction {
  url: string;
  canonicalUrl: string | null;
  title: string;
  /** Lead (sapo) without the agency prefix such as "CTTĐT -". */
  lead: string;
  author: string | null;
  /** Source credit ("Nguồn: …", "Theo …", "TTXVN"), kept apart from the author. */
  source: string | null;
  /** ISO 8601 with offset (`2024-02-12T08:30:00+07:00`), `YYYY-MM-DD` when no time is shown, or null. */
  published: string | null;
  updated: string | null;
  siteName: string | null;
  language: string | null;
  /** Sanitised article HTML. */
  html: string;
  markdown: string;
  images: ExtractedImage[];
  attachments: ExtractedAttachment[];
  wordCount: number;
}

/**
 * What the part of the extractor that runs in the tab returns ({@link readArticle}): every field of an
 * {@link Extraction} except the body, which is still the page's HTML, unsanitised. Never render `rawHtml`;
 * `finishArticle` turns the draft into an Extraction on the extension's side.
 */
export interface ArticleDraft extends Omit<Extraction, 'html' | 'markdown' | 'wordCount'> {
  rawHtml: string;
  /** Only the editor's selection was read (an article may then be a few words). */
  selectionOnly: boolean;
}
