/**
 * The site's security headers in a build: every page gets its CSP <meta> first in <head>
 * (`src/security/csp-middleware.ts`, added here for builds only), and after the build the
 * headers for static hosts go into the output folder: `_headers` (Netlify, Cloudflare Pages)
 * and `_headers.nginx.conf` (nginx). Their CSP allows the union of the inline code of every
 * page, read from each page's meta, so the header and the metas always agree.
 */
import type { AstroIntegration } from 'astro';
import { open, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashesOf, netlifyHeaders, nginxHeaders } from '../security/host-files.ts';
import { readCspMeta } from '../security/meta.ts';

/** The start of a file: the CSP meta is the first element of <head>, well within it. */
async function head(file: string, bytes = 4096): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The Astro integration that writes `_headers` and the nginx snippet after the build. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }) => {
        const entrypoint = new URL('src/security/csp-middleware.ts', config.root);
        if (command === 'build') addMiddleware({ entrypoint, order: 'post' });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = (await readdir(out, { recursive: true }))
          .filter((f) => f.endsWith('.html'))
          .map((f) => path.join(out, f));
        const union = {
          scripts: new Set<string>(),
          styles: new Set<string>(),
          styleAttributes: new Set<string>(),
        };
        const missing: string[] = [];
        // In batches: thousands of pages, a few KB read from each.
        for (let i = 0; i < files.length; i += 64) {
          const heads = await Promise.all(files.slice(i, i + 64).map((f) => head(f)));
          heads.forEach((html, j) => {
            const policy = readCspMeta(html);
            if (!policy) return void missing.push(path.relative(out, files[i + j]!));
            const hashes = hashesOf(policy);
            hashes.scripts.forEach((h) => union.scripts.add(h));
            hashes.styles.forEach((h) => union.styles.add(h));
            hashes.styleAttributes.forEach((h) => union.styleAttributes.add(h));
          });
        }
        if (missing.length) {
          throw new Error(
            `security-headers: ${missing.length} page(s) have no CSP meta first in <head> (${missing
              .slice(0, 3)
              .join(', ')}): render them through BaseLayout (a full page with a <head>).`,
          );
        }
        await writeFile(path.join(out, '_headers'), netlifyHeaders(union));
        await writeFile(path.join(out, '_headers.nginx.conf'), nginxHeaders(union));
        logger.info(
          `_headers and _headers.nginx.conf: CSP with ${union.scripts.size} script and ${union.styles.size} style hash(es) from ${files.length} pages`,
        );
      },
    },
  };
}
