import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';
import { speakerName } from '../../lib/aggregate.ts';
import { toCsv } from '../../lib/csv.ts';

/** Open data: every direct and reported quote, one row each, with its deep link. */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const rows: string[][] = [
    [
      'article',
      'published',
      'quote_id',
      'kind',
      'paragraph',
      'speaker_id',
      'speaker_name',
      'registered',
      'confidence',
      'evidence',
      'cue',
      'speaker_mention',
      'text',
      'url',
    ],
  ];
  for (const article of site.articles) {
    for (const q of article.analysis.quotes) {
      const name = speakerName(site, q) ?? '';
      rows.push([
        article.slug,
        article.published.toISOString().slice(0, 10),
        q.id,
        q.kind,
        String(q.paragraph),
        q.speaker.id ?? '',
        name,
        String(q.speaker.registered),
        q.confidence ?? '',
        q.evidence?.how ?? '',
        q.evidence?.cue?.text ?? '',
        q.evidence?.mention?.text ?? '',
        q.text,
        new URL(`/articles/${article.slug}/#${q.anchor}`, origin).toString(),
      ]);
    }
  }
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
