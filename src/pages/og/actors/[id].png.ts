import type { APIRoute } from 'astro';
import type { EntityStats } from '../../../lib/aggregate.ts';
import { actorCardOf } from '../../../lib/page-seo.ts';
import { getSite } from '../../../lib/site.ts';
import { cardPng, pngResponse } from '../../../lib/social-card-image.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.actors.keys()].map((id) => ({ params: { id } }));
}

/** An actor's social card: kind, name, role and how often the articles name and quote it. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return pngResponse(await cardPng(actorCardOf(site.actors.get(params.id!) as EntityStats)));
};
