/** Inside `page.evaluate` on extension pages, Chromium's `chrome` object has the same API as WXT's `browser`. */
declare const chrome: typeof import('wxt/browser').browser;
