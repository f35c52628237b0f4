/** Files and media: a link to one is never an article page. */
const FILE_PATH = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|zip|rar|7z|jpe?g|png|gif|webp|svg|bmp|mp3|mp4|avi|wmv|flv)$/i;

/**
 * Address shapes of article pages on the platforms in PORTALS.md, each with where it comes from. A listing
 * page's category, pagination and menu links do not have these shapes.
 */
const ARTICLE_SHAPES: readonly { platform: string; pattern: RegExp }[] = [
  // Liferay Asset Publisher: /web/<site>/-/asset_publisher/<id>/content/<slug>, /-/view_content/<id>-<slug>.
  { platform: 'liferay', pattern: /\/-\/asset_publisher\/[^/]+\/content\/[^/?]+/i },
  { platform: 'liferay', pattern: /\/-\/(view_content|content|chi-tiet)\/[^/?]+/i },
  // Liferay friendly article address: /web/guest/-/<slug>, /-/<slug> with a real slug.
  { platform: 'liferay', pattern: /\/-\/[^/?]*[a-z0-9]+-[a-z0-9]+-[a-z0-9]+[^/?]*(\?|$)/i },
  // SharePoint: /Pages/<name>.aspx?ItemID=…, /Trang/ChiTietTinTuc.aspx?nid=…
  { platform: 'sharepoint', pattern: /\/Pages\/[^?]+\.aspx\?(?:.*&)?ItemID=\d+/i },
  { platform: 'sharepoint', pattern: /ChiTiet[A-Za-z]*\.aspx\?(?:.*&)?(nid|id|ItemID)=\d+/i },
  // Oracle WebCenter: …?dDocName=MOFUCM208451
  { platform: 'webcenter', pattern: /[?&]dDocName=[^&]+/i },
  // IBM WebSphere Portal: /wps/portal/…?…&item_id=…
  { platform: 'websphere', pattern: /\/wps\/portal\/.*[?&](item_id|itemId)=\d+/i },
  // NukeViet 4: /vi/news/<cat>/<slug>-<id>.html
  { platform: 'nukeviet', pattern: /\/news\/(?:[^/]+\/)*[^/?]+-\d+\.html?(\?|$)/i },
  // The e-newspaper family: an 18-digit id before .htm
  { platform: 'baochinhphu', pattern: /(?<!\d)\d{18}\.html?(\?|$)/i },
  // 3CMS: /3cms/<slug>.htm
  { platform: '3cms', pattern: /\/3cms\/[^/?]+-[^/?]+\.html?(\?|$)/i },
  // HueCIT multi-level portal: /?cn=…&gd=…&tc=<article id>
  { platform: 'huecit', pattern: /[?&]tc=\d+/i },
  // Classic ASP / PHP / ASP.NET detail pages: chitiet.asp?id=1287, news.php?newsid=…, …aspx?nid=…
  { platform: 'dynamic', pattern: /\.(asp|aspx|php|jsp|cfm)\?(?:.*&)?(id|nid|newsid|news_id|articleid|article_id|itemid|item_id|tinid|idtin|postid)=\d+/i },
  // Any CMS: a slug ending in an id, `…-1523.html`, `…-96312.aspx`
  { platform: 'slug-id', pattern: /\/[^/?]*[a-z][^/?]*-\d+\.(html?|aspx|php)(\?|$)/i },
  // A long slug (six words or more), with or without extension: `/ben-tre-day-manh-so-hoa-ho-so.aspx`
  { platform: 'slug', pattern: /\/[a-z0-9]+(?:-[a-z0-9]+){5,}(\.(html?|aspx|php))?\/?(\?|$)/i },
];

/**
 * Whether an address looks like an article page of a Vietnamese portal (Liferay, SharePoint, WebCenter,
 * WebSphere, NukeViet, 3CMS, HueCIT, the e-newspaper, classic `chitiet.asp?id=`, slugs ending in an id or long
 * slugs), rather than a category, a menu entry, a search or a file. Only http(s) addresses can be articles.
 */
export function looksLikeArticleUrl(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (FILE_PATH.test(url.pathname)) return false;
  const target = `${url.pathname}${url.search}`;
  return ARTICLE_SHAPES.some((shape) => shape.pattern.test(target));
}
