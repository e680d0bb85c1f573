/**
 * The article's citation files (open data, /data/citations/<slug>.bib and .csl.json): one route each, built
 * the same way. The article's "Cite this article" fetches a file when a reader opens its section
 * (src/scripts/share/cite-formats.ts); a reader without JavaScript follows the link.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCitationsOf } from './page-seo.ts';
import { articleEntries } from './site.ts';

type Entry = Awaited<ReturnType<typeof articleEntries>>[number];

/** One file per article. */
export const articleCitationPaths = (async () =>
  (await articleEntries()).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** The route serving one citation format of an article, with its media type. */
export function articleCitationFile(format: 'bibtex' | 'csl', contentType: string): APIRoute {
  return ({ props, site: origin }) => {
    const { entry } = props as { entry: Entry };
    return new Response(articleCitationsOf(entry.id, entry.data, origin)[format], {
      headers: { 'Content-Type': `${contentType}; charset=utf-8` },
    });
  };
}
