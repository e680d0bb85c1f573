import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url.ts';
import { urls } from '../lib/urls.ts';

/** robots.txt: everything may be crawled (pages that should not be indexed say noindex); where the sitemap is. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(urls.sitemap(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
