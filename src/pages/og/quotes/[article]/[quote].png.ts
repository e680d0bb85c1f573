import type { APIRoute } from 'astro';
import type { QuoteRef } from '../../../../lib/aggregate.ts';
import { quoteCardOf } from '../../../../lib/page-seo.ts';
import { getSite } from '../../../../lib/site.ts';
import { cardPng, pngResponse } from '../../../../lib/social-card-image.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return site.quotes.map((ref) => ({
    params: { article: ref.article.slug, quote: ref.quote.id },
    props: { ref },
  }));
}

/** A quote's social card: its words, its speaker (or "attributed to … (uncertain)") and its article. */
export const GET: APIRoute = async ({ props }) => {
  const site = await getSite();
  return pngResponse(await cardPng(quoteCardOf(site, (props as { ref: QuoteRef }).ref)));
};
