/** An article link found on a category or search page of a portal. */
export interface ListingLink {
  /** Absolute http(s) address, without fragment (and without Liferay's per-page `redirect` parameters). */
  url: string;
  /** The link's text (or its title attribute when the text is short or cut off), NFC, spaces collapsed. */
  title: string;
  /** The date shown beside the link, ISO like `formatPageDate` (`2024-02-12` or `2024-02-12T08:30:00+07:00`), or null. */
  date: string | null;
}

/** The article links of a listing page and the addresses of the pages after it. */
export interface ListingPage {
  links: ListingLink[];
  /** Pagination: the "next" link first, then numbered pages after the current one; absolute, deduplicated. */
  nextPages: string[];
}
