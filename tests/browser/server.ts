import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';

/** A page the test server answers for a path (host ignored: every government host maps to 127.0.0.1). */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** One fixture served under its real URL. */
export interface ServedFixture {
  name: string;
  /** The URL on the test server: the fixture's host and path with the server's port. */
  url: string;
  originalUrl: string;
}

/** CRC-32 of a PNG chunk. */
function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A soft sky-and-hills picture as PNG, so test pages and screenshots show a photo-like image. */
export function photoPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const hill = height * (0.62 + 0.08 * Math.sin(x / 55) + 0.05 * Math.sin(x / 23 + 1));
      const sky = y < hill;
      const t = y / height;
      row[1 + x * 3] = sky ? 120 + 80 * t : 60 + 30 * Math.sin(x / 17);
      row[2 + x * 3] = sky ? 170 + 60 * t : 120 + 20 * t;
      row[3 + x * 3] = sky ? 225 : 70;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
 * small PNG so pages render completely. `requests` lists every host and path asked for, in order.
 */
export async function startServer(extra: Record<string, Route> = {}): Promise<{ server: Server; port: number; fixtures: ServedFixture[]; requests: string[]; stop(): Promise<void> }> {
  const fixtures = listFixtures();
  const byPath = new Map<string, string>();
  for (const f of fixtures) {
    const u = new URL(f.originalUrl);
    byPath.set(`${u.hostname}${u.pathname}${u.search}`, f.file);
  }
  const png = photoPng(480, 300);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push(`${url.hostname}${url.pathname}`);
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
    requests,
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
