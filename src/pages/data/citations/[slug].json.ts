import type { APIRoute, GetStaticPaths } from 'astro';
import { articleQuoteCitations } from '../../../lib/page-seo.ts';
import { getSite } from '../../../lib/site.ts';

/** One file per article. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.articles.map((a) => ({ params: { slug: a.slug } }));
}) satisfies GetStaticPaths;

/**
 * Open data: the plain-text citation of every quote and reported statement in an article, by quote id.
 * The article's "Cite" controls fetch it when a reader first uses one, so the page does not carry a
 * citation for every quote (src/scripts/share/copy-text.ts).
 */
export const GET: APIRoute = async ({ params, site: origin }) => {
  const citations = articleQuoteCitations(await getSite(), params.slug!, origin);
  return new Response(JSON.stringify(citations), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
