import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A page the test server answers for a path (host ignored: every government host maps to 127.0.0.1). */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** One fixture served under its real URL. */
export interface ServedFixture {
  name: string;
  /** The URL on the test server: the fixture's host and path with the server's port. */
  url: string;
  originalUrl: string;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The fixtures under tests/fixtures/extract--* with the URL written in their first line. */
export function listFixtures(): { name: string; file: string; originalUrl: string }[] {
  return readdirSync(FIXTURES)
    .filter((d) => d.startsWith('extract--') && existsSync(join(FIXTURES, d, 'source.html')))
    .map((name) => {
      const file = join(FIXTURES, name, 'source.html');
      const head = readFileSync(file).subarray(0, 400).toString('latin1');
      const originalUrl = head.match(/<!--\s*url:\s*(\S+)\s*-->/)?.[1] ?? `http://test.gov.vn/${name}`;
      return { name, file, originalUrl };
    });
}

/**
 * Starts an HTTP server on 127.0.0.1 with a random port that serves every fixture at its own path (the browser
 * reaches it under the real host names through --host-resolver-rules) plus extra routes. Images answer with a
 * small PNG so pages render completely.
 */
export async function startServer(extra: Record<string, Route> = {}): Promise<{ server: Server; port: number; fixtures: ServedFixture[]; stop(): Promise<void> }> {
  const fixtures = listFixtures();
  const byPath = new Map<string, string>();
  for (const f of fixtures) {
    const u = new URL(f.originalUrl);
    byPath.set(`${u.hostname}${u.pathname}${u.search}`, f.file);
  }
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
    'base64',
  );
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const route = extra[url.pathname];
    if (route) return route(req, res);
    const file = byPath.get(`${url.hostname}${url.pathname}${url.search}`);
    if (file) {
      // Served as bytes; the page's own <meta charset> tells the browser how to decode (windows-1258 included).
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(readFileSync(file));
    }
    if (/\.(png|jpe?g|gif|webp)$/i.test(url.pathname) || /\/(image|images|documents|uploads|files)\//i.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(png);
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>404</title><p>Không tìm thấy trang</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const served = fixtures.map((f) => {
    const u = new URL(f.originalUrl);
    u.protocol = 'http:'; // the test server speaks plain HTTP; https fixtures are served on http
    u.port = String(port);
    return { name: f.name, url: u.href, originalUrl: f.originalUrl };
  });
  return {
    server,
    port,
    fixtures: served,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
