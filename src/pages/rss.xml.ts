import rss from '@astrojs/rss';
import { articleEntries } from '../lib/site.ts';
import type { APIRoute } from 'astro';
import { urls } from '../lib/urls.ts';

/** RSS feed of the articles, newest first. */
export const GET: APIRoute = async (context) => {
  const entries = await articleEntries();
  return rss({
    title: 'The Analysis Desk',
    description: 'News analysis: who is named, who is quoted and what they said.',
    site: context.site ?? 'https://news-analysis.example.org',
    items: entries.map((e) => ({
      title: e.data.title,
      description: e.data.description,
      pubDate: e.data.published,
      link: urls.article(e.id),
    })),
  });
};
