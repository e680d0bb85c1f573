import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION } from '../../lib/page-seo.ts';
import { cardPng, pngResponse } from '../../lib/social-card-image.ts';
import { siteCard } from '../../lib/social-cards.ts';

/** The site's own social card, for pages without one of their own. */
export const GET: APIRoute = async () => pngResponse(await cardPng(siteCard(SITE_DESCRIPTION)));
