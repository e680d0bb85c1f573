/**
 * A small static file server for the built site (dist/), the way a static host
 * serves it: directory index.html, 404.html for missing paths, right content types.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return null;
  try {
    const s = await stat(full);
    if (s.isDirectory()) {
      const index = path.join(full, 'index.html');
      await stat(index);
      return index;
    }
    return full;
  } catch {
    return null;
  }
}

/** Starts serving `root` on 127.0.0.1 and an ephemeral port (or `port`). */
export async function serveStatic(
  root: string,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  const absRoot = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!urlPath.endsWith('/') && !path.extname(urlPath)) {
      const dir = await resolveFile(absRoot, `${urlPath}/`);
      if (dir) {
        res.writeHead(301, { Location: `${urlPath}/` });
        res.end();
        return;
      }
    }
    let file = await resolveFile(absRoot, urlPath);
    let status = 200;
    if (!file) {
      file = path.join(absRoot, '404.html');
      status = 404;
    }
    res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  // Keep idle connections longer than a test's pause between requests (a build in between, a slow
  // machine): a client reusing one the server has just closed fails with "other side closed".
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
