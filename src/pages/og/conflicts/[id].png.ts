import type { APIRoute } from 'astro';
import type { EntityStats } from '../../../lib/aggregate.ts';
import { conflictCardOf } from '../../../lib/page-seo.ts';
import { getSite } from '../../../lib/site.ts';
import { cardPng, pngResponse } from '../../../lib/social-card-image.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.conflicts.keys()].map((id) => ({ params: { id } }));
}

/** A conflict's social card: its name, how much it is discussed, and who is named alongside. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return pngResponse(await cardPng(conflictCardOf(site, site.conflicts.get(params.id!) as EntityStats)));
};
