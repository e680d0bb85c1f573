/**
 * Gives every built page its Content-Security-Policy <meta>, first in <head>, with the hashes of
 * the inline code it carries (`meta.ts`). Added by the security-headers integration to builds
 * only: the dev server goes without (Vite injects styles and scripts there that no policy lists).
 */
import { defineMiddleware } from 'astro:middleware';
import { withCspMeta } from './meta.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(withCspMeta(html), { status: response.status, headers: response.headers });
});
