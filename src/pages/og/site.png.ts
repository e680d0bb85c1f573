import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION } from '../../lib/page-seo.ts';
import { cardPng } from '../../lib/social-card-image.ts';
import { siteCard } from '../../lib/social-cards.ts';

/** The site's own social card, for pages without one of their own. */
export const GET: APIRoute = async () => pngResponse(await cardPng(siteCard(SITE_DESCRIPTION)));

/** A PNG response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
