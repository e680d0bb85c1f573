import type { APIRoute } from 'astro';
import { toExport } from '../../analysis/export.ts';
import type { Analysis } from '../../analysis/types.ts';
import { analysedArticles } from '../../lib/site.ts';

/** Open data: the analysis of every article, in the same shape the CLI prints. */
export const GET: APIRoute = async () => {
  const entries = await analysedArticles();
  const articles = entries
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      slug: e.id,
      title: e.data.title,
      published: e.data.published.toISOString().slice(0, 10),
      source: e.data.source,
      ...toExport(e.data.analysis as Analysis),
    }));
  return new Response(JSON.stringify({ articles }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
