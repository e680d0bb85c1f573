/**
 * The sitemap: every page a search engine should index, with the date it last changed (the newest
 * `updated` or `published` of the articles it is built from). Pages marked noindex (404, the archive
 * pages /page/<n>/ and …/mentions/<n>/) are left out; /search/, the form alone, is listed.
 */
import { isoDateTime } from './structured-data.ts';
import { lastModified } from './page-seo.ts';
import type { SiteData } from './site.ts';
import { absoluteUrl } from './site-url.ts';
import { urls } from './urls.ts';

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod: Date;
}

/** Every indexable page with its last change, front page first. */
export function sitemapEntries(site: SiteData, origin: URL | string | undefined): SitemapEntry[] {
  const newest = lastModified(site.articles) ?? new Date(0);
  const entry = (path: string, date: Date | undefined): SitemapEntry => ({
    url: absoluteUrl(path, origin),
    lastmod: date ?? newest,
  });
  return [
    entry(urls.home(), newest),
    entry(urls.actors(), newest),
    entry(urls.conflicts(), newest),
    entry(urls.quotes(), newest),
    entry(urls.search(), newest),
    ...site.articles.map((a) => entry(urls.article(a.slug), a.updated ?? a.published)),
    ...[...site.actors.values()].map((s) => entry(urls.actor(s.id), lastModified(s.articles))),
    ...[...site.conflicts.values()].map((s) => entry(urls.conflict(s.id), lastModified(s.articles))),
    ...site.quotes.map((q) =>
      entry(urls.quote(q.article.slug, q.quote.id), q.article.updated ?? q.article.published),
    ),
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One sitemap file (`<urlset>`). */
export function sitemapXml(entries: SitemapEntry[]): string {
  const rows = entries.map(
    (e) => `<url><loc>${escapeXml(e.url)}</loc><lastmod>${isoDateTime(e.lastmod)}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

/** The sitemap index listing the sitemap files, each with its newest lastmod. */
export function sitemapIndexXml(files: { url: string; lastmod: Date }[]): string {
  const rows = files.map(
    (f) => `<sitemap><loc>${escapeXml(f.url)}</loc><lastmod>${isoDateTime(f.lastmod)}</lastmod></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</sitemapindex>\n`;
}

/** The entries split into files of at most SITEMAP_LIMIT. */
export function sitemapChunks(entries: SitemapEntry[], limit = SITEMAP_LIMIT): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) chunks.push(entries.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}

/** URL of sitemap file `n` (0-based). */
export function sitemapFileUrl(n: number): string {
  return `/sitemap-${n}.xml`;
}
