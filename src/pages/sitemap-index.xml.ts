import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { sitemapChunks, sitemapEntries, sitemapFileUrl, sitemapIndexXml } from '../lib/sitemap.ts';

/** The sitemap index: robots.txt and every page's `<link rel="sitemap">` point here. */
export const GET: APIRoute = async ({ site: origin }) => {
  const chunks = sitemapChunks(sitemapEntries(await getSite(), origin));
  const files = chunks.map((chunk, n) => ({
    url: absoluteUrl(sitemapFileUrl(n), origin),
    lastmod: new Date(Math.max(0, ...chunk.map((e) => e.lastmod.getTime()))),
  }));
  return new Response(sitemapIndexXml(files), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
