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
 * Open data: the article's citation as CSL-JSON (Zotero, Mendeley, Pandoc). The article's "Cite this article" shows it when a reader opens its CSL-JSON
 * section, fetching it then (src/scripts/share/cite-formats.ts); a reader without JavaScript follows the link.
 */
export const GET: APIRoute = ({ props, site: origin }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof articleEntries>>[number] };
  return new Response(articleCitationsOf(entry.id, entry.data, origin).csl, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
