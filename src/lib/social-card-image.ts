/**
 * A page's social card (1200x630 PNG) at build time, cached by content: the key hashes the card's
 * words, the drawing code, the fonts and the library versions, so an unchanged page is read back
 * instead of redrawn. New cards are drawn on worker threads (social-card-pool.ts).
 *
 * Cache: node_modules/.cache/social-cards/ (SOCIAL_CARD_CACHE=<dir> moves it, SOCIAL_CARD_CACHE=off
 * turns it off).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cardKey } from './social-card-draw.ts';
import { drawInPool } from './social-card-pool.ts';
import type { CardData } from './social-cards.ts';

export { cardKey, drawCard } from './social-card-draw.ts';

/** Where cards are cached, or null when SOCIAL_CARD_CACHE=off. */
export function cardCacheDir(): string | null {
  const setting = process.env.SOCIAL_CARD_CACHE;
  if (setting === 'off') return null;
  return path.resolve(setting || 'node_modules/.cache/social-cards');
}

/** Counts of cards drawn and read from the cache in this process (for the build's report and tests). */
export const cardStats = { drawn: 0, cached: 0 };

/** The card's PNG: from the cache when this exact card was drawn before, else drawn and cached. */
export async function cardPng(card: CardData): Promise<Uint8Array> {
  const dir = cardCacheDir();
  const file = dir ? path.join(dir, `${cardKey(card)}.png`) : null;
  if (file) {
    try {
      const png = readFileSync(file);
      cardStats.cached++;
      return png;
    } catch {
      /* not cached yet */
    }
  }
  const png = await drawInPool(card);
  cardStats.drawn++;
  if (dir && file) {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build stopped halfway never leaves a truncated card behind.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  }
  return png;
}

/** A card as an endpoint's response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
