/**
 * Serves a built site (dist/) the way a static host does, for the browser tests, benches and
 * screenshots: sirv for the files (directory index.html, content types, ETags), a 301 from
 * `/path` to `/path/`, 404.html for missing paths, brotli (quality 6, nginx's default) or gzip,
 * and the headers the build wrote to `_headers` (the CSP among them) on every response, so the
 * tests run under the policy a reader's browser enforces. Over HTTP/1.1 by default; `http2: true`
 * serves HTTP/2 over TLS with a throwaway self-signed certificate (as hosts serve pages: headers
 * compressed), for the speed benches, whose browser must then ignore certificate errors.
 */
import compression from 'compression';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sirv from 'sirv';
import { headersFor, readHeaders } from './host-headers.ts';

export interface ServeOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Send the headers from `<root>/_headers` (default true). */
  headers?: boolean;
  /** HTTP/2 over TLS with a self-signed certificate (default false: HTTP/1.1). */
  http2?: boolean;
  /** Compress responses, as hosts do (default true). */
  compress?: boolean;
}

/** A self-signed certificate for 127.0.0.1, made with openssl in a temporary folder. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'site-cert-'));
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore', input: '' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch (error) {
    throw new Error(`HTTP/2 needs openssl to make a test certificate; serve HTTP/1.1 instead`, {
      cause: error,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  { port = 0, headers = true, http2: useHttp2 = false, compress: useCompression = true }: ServeOptions = {},
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
  const compress = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } } });
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
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
    if (useCompression) compress(req as Req, res as unknown as Res, () => files(req, res));
    else files(req, res);
  };
  type Handler = (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void;
  const server = useHttp2
    ? http2.createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handle as unknown as Handler)
    : http.createServer(handle);
  // Keep idle connections open longer than any client does, so the server never closes one a
  // client is about to reuse (that race is "other side closed" in undici's fetch).
  if (server instanceof http.Server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `${useHttp2 ? 'https' : 'http'}://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        if (server instanceof http.Server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
