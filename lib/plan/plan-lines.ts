/**
 * Turns a plan's text into clean lines: NFC, HTML tags from pasted tables removed (`<p>`, `<li>`), Markdown
 * emphasis (`**`, `*`) dropped, spaces collapsed. Table cells stay separated by a tab.
 */
export function planLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/<\/(?:p|li)>\s*/gi, '\n')
    .replace(/<[^>\n]+>/g, ' ')
    .split('\n')
    .map((line) =>
      line
        .replace(/\*+/g, '')
        .replace(/[ \u00a0]+/g, ' ')
        .replace(/ *\t */g, '\t')
        .trim(),
    );
}
