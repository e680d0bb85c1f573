import type { APIRoute } from 'astro';
import { feedItems, jsonFeed } from '../lib/feeds.ts';
import { articleEntries } from '../lib/site.ts';

/** JSON Feed 1.1 of the articles, newest first, with their full text. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(jsonFeed(feedItems(await articleEntries(), site), site), null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
