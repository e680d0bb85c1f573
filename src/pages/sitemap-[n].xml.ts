import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';
import { sitemapChunks, sitemapEntries, sitemapXml } from '../lib/sitemap.ts';

export async function getStaticPaths() {
  // The number of files only depends on the count of pages, not on the address.
  const chunks = sitemapChunks(sitemapEntries(await getSite(), 'http://localhost/'));
  return chunks.map((_, n) => ({ params: { n: String(n) } }));
}

/** Sitemap file n: indexable pages with their last change. */
export const GET: APIRoute = async ({ params, site: origin }) => {
  const chunk = sitemapChunks(sitemapEntries(await getSite(), origin))[Number(params.n)] ?? [];
  return new Response(sitemapXml(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
