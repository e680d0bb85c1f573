/**
 * /review/ on the dev server only (injected by astro.config.mjs, never built): the attribution
 * review of every article as the site has it now, the same page `npm run review` writes.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { blockLines } from '../markdown/block-lines.ts';
import { reviewArticle } from '../lib/review.ts';
import { renderReviewPage } from '../lib/review-html.ts';
import { articleEntries, getSite } from '../lib/site.ts';

/** Source lines of an article's blocks, or none when the file cannot be read or parsed just now. */
function linesOf(filePath: string | undefined): number[] | undefined {
  if (!filePath) return undefined;
  try {
    return blockLines(readFileSync(filePath, 'utf8'), filePath);
  } catch {
    return undefined;
  }
}

export const GET: APIRoute = async () => {
  const [site, entries] = await Promise.all([getSite(), articleEntries()]);
  const articles = entries.map((entry) =>
    reviewArticle(
      {
        slug: entry.id,
        title: entry.data.title,
        file: entry.filePath ?? entry.id,
        analysis: entry.data.analysis!,
        overrides: entry.data.quotes,
        blockLines: linesOf(entry.filePath),
      },
      site.registry,
    ),
  );
  const html = renderReviewPage(articles, { base: '', generated: new Date(), source: 'the dev server' });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
