/**
 * Serves a built site (dist/) the way a static host does, for the browser tests, benches and
 * screenshots: sirv for the files (directory index.html, content types, ETags), a 301 from
 * `/path` to `/path/`, 404.html for missing paths, gzip/brotli like any host, and the headers
 * the build wrote to `_headers` (the CSP among them) on every response, so the tests run under
 * the policy a reader's browser enforces.
 */
import compression from 'compression';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, readHeaders } from './host-headers.ts';

export interface ServeOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Send the headers from `<root>/_headers` (default true). */
  headers?: boolean;
}

/** A URL path decoded, or as it is when malformed (a 404, not a crash). */
function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** Starts serving `root` on 127.0.0.1; resolves to its URL and a close function. */
export async function serveStatic(
  root: string,
  { port = 0, headers = true }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const absRoot = path.resolve(root);
  const rules = headers ? readHeaders(absRoot) : [];
  const setHostHeaders = (res: http.ServerResponse, pathname: string) => {
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  };
  const notFound = path.join(absRoot, '404.html');
  const files = sirv(absRoot, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => setHostHeaders(res, pathname),
    onNoMatch: (req, res) => {
      setHostHeaders(res, new URL(req.url ?? '/', 'http://localhost').pathname);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    },
  });
  const compress = compression();
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    // Hosts send /actors to /actors/ (the site's canonical form) rather than serve it twice.
    if (!pathname.endsWith('/') && !path.extname(pathname)) {
      const dir = path.join(absRoot, safeDecode(pathname));
      if (
        dir.startsWith(absRoot) &&
        existsSync(path.join(dir, 'index.html')) &&
        statSync(dir).isDirectory()
      ) {
        setHostHeaders(res, pathname);
        res.writeHead(301, { Location: `${pathname}/` });
        res.end();
        return;
      }
    }
    type Req = Parameters<typeof compress>[0];
    type Res = Parameters<typeof compress>[1];
    compress(req as Req, res as unknown as Res, () => files(req, res));
  });
  // Keep idle connections open longer than any client does, so the server never closes one a
  // client is about to reuse (that race is "other side closed" in undici's fetch).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
