import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCitationsOf } from '../../../lib/page-seo.ts';
import { articleEntries } from '../../../lib/site.ts';

/** One file per article. */
export const getStaticPaths = (async () =>
  (await articleEntries()).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/**
 * Open data: the article's citation as BibTeX. The article's "Cite this article" shows it when a reader opens its BibTeX
 * section, fetching it then (src/scripts/share/cite-formats.ts); a reader without JavaScript follows the link.
 */
export const GET: APIRoute = ({ props, site: origin }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof articleEntries>>[number] };
  return new Response(articleCitationsOf(entry.id, entry.data, origin).bibtex, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
