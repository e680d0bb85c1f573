import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_DESCRIPTION, FEED_TITLE, feedItems } from '../lib/feeds.ts';
import { articleEntries } from '../lib/site.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { urls } from '../lib/urls.ts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** RSS 2.0 feed of the articles, newest first: full text, author (dc:creator), tags as categories. */
export const GET: APIRoute = async ({ site }) => {
  const items = feedItems(await articleEntries(), site);
  return rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: absoluteUrl(urls.home(), site),
    xmlns: {
      dc: 'http://purl.org/dc/elements/1.1/',
      atom: 'http://www.w3.org/2005/Atom',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData:
      `<language>en-gb</language>` +
      `<atom:link href="${absoluteUrl(urls.rss(), site)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      content: item.html,
      pubDate: item.published,
      categories: item.tags,
      customData:
        item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') +
        `<media:content url="${escapeXml(item.image)}" medium="image" type="image/png" width="1200" height="630"/>`,
    })),
  });
};
