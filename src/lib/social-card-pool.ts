/**
 * Draws social cards on worker threads, one per core, so a cold build of a
 * large archive draws cards on every core while Astro renders pages on the main thread. The workers
 * run `social-card-worker.ts` from the project's source; where that file cannot be found (a bundle
 * moved elsewhere) or SOCIAL_CARD_WORKERS=0, cards are drawn on the main thread instead.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drawCard } from './social-card-draw.ts';
import type { CardData } from './social-cards.ts';

const WORKER = 'social-card-worker.ts';

/** The worker's file: beside this module when it runs from source, else under the project's src/lib/. */
function workerFile(): string | null {
  const candidates = [
    path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER),
    path.resolve('src/lib', WORKER),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** How many workers: SOCIAL_CARD_WORKERS, or one per core. */
function workerCount(): number {
  const setting = process.env.SOCIAL_CARD_WORKERS;
  if (setting !== undefined && setting !== '') return Math.max(0, Number(setting) || 0);
  return os.availableParallelism();
}

interface Job {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

let slots: Slot[] | null = null;
let nextId = 0;

/** Starts the workers on first use; an idle worker does not keep the process alive. */
function start(): Slot[] {
  if (slots) return slots;
  const file = workerFile();
  const count = file ? workerCount() : 0;
  slots = Array.from({ length: count }, () => {
    const slot: Slot = { worker: new Worker(file!), jobs: new Map() };
    slot.worker.unref();
    slot.worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.jobs.get(id)!;
      slot.jobs.delete(id);
      if (slot.jobs.size === 0) slot.worker.unref();
      if (error) job.reject(new Error(`drawing a social card failed: ${error}`));
      else job.resolve(new Uint8Array(png!));
    });
    slot.worker.on('error', (error: unknown) => {
      for (const job of slot.jobs.values()) job.reject(error as Error);
      slot.jobs.clear();
    });
    return slot;
  });
  return slots;
}

/** Draws a card on the least busy worker, or here when there are none. */
export function drawInPool(card: CardData): Promise<Uint8Array> {
  const pool = start();
  if (pool.length === 0) return drawCard(card);
  const slot = pool.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    slot.jobs.set(id, { resolve, reject });
    slot.worker.ref();
    slot.worker.postMessage({ id, card });
  });
}

/** How many worker threads draw cards (0: cards are drawn on the main thread). */
export function poolSize(): number {
  return start().length;
}
