/**
 * Whether decoded file content is text at all (an HTML page rather than an image, PDF or other binary saved with
 * an .html name): no NUL characters and few undecodable bytes.
 */
export function looksLikeText(decoded: string): boolean {
  if (decoded.length === 0) return true;
  const sample = decoded.slice(0, 100_000);
  if (sample.includes('\u0000')) return false;
  const replacement = sample.match(/\ufffd/g)?.length ?? 0;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return (replacement + controls) / sample.length < 0.02;
}
