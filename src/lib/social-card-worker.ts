/**
 * A worker thread that draws social cards (social-card-pool.ts starts it): each message is
 * `{ id, card }`, each answer `{ id, png }` or `{ id, error }`. Loaded by Node itself, not by Vite.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard } from './social-card-draw.ts';
import type { CardData } from './social-cards.ts';

parentPort!.on('message', async ({ id, card }: { id: number; card: CardData }) => {
  try {
    const png = await drawCard(card);
    parentPort!.postMessage({ id, png });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
