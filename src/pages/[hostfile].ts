/**
 * `/_redirects` (Netlify and Cloudflare Pages): a 301 from every renamed article's old URL to its
 * new one, so such a host answers before the fallback page in dist/articles/<old>/ is ever loaded.
 * (A dynamic route because Astro does not route files whose names start with "_".)
 */
import type { APIRoute } from 'astro';
import { articleRedirects } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';

export function getStaticPaths() {
  return [{ params: { hostfile: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const lines = (await articleRedirects()).map(
    ({ from, entry }) => `${urls.article(from)} ${urls.article(entry.id)} 301\n`,
  );
  return new Response(lines.join(''), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
