/**
 * Live editing for the content loaders: on the dev server a loader syncs again when a file it
 * reads is saved, added or deleted, and an error in that file is shown instead of stopping the
 * server. In a build there is no watcher and any error fails the build.
 */
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { clearContentError, recordContentError } from './dev-errors.ts';

/** The files a loader reads: folders or files (absolute), and the endings that matter in them. */
export interface Watched {
  paths: string[];
  extensions: string[];
}

/** The meta key that holds a loader's current error; changing it makes the dev server reload the page. */
const ERROR_KEY = 'dev-error';

/** True when `file` (absolute) is one of the watched files. */
export function isWatched(file: string, watched: Watched): boolean {
  const inside = watched.paths.some(
    (p) => file === p || file.startsWith(p.endsWith(path.sep) ? p : p + path.sep),
  );
  return inside && watched.extensions.some((ext) => file.endsWith(ext));
}

/**
 * A trigger that runs `run` once `delay` ms after the last call (an editor's save can be several
 * writes), never two runs at once: a call during a run schedules one more run after it.
 */
export function coalesce(run: () => Promise<void>, delay: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const start = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        start();
      }
    });
  };
  return () => {
    clearTimeout(timer);
    timer = setTimeout(start, delay);
  };
}

/**
 * Runs a loader's `sync`. On the dev server, runs it again whenever a watched file changes; an
 * error there is logged, recorded for the error overlay (`dev-errors.ts`) and cleared by the next
 * good sync, and the store keeps the last good entries.
 */
export async function syncAndWatch(
  context: LoaderContext,
  root: string,
  sync: () => Promise<void>,
  watched: Watched,
): Promise<void> {
  const { watcher, logger, meta, collection } = context;
  if (!watcher) return sync();
  const run = async (): Promise<void> => {
    try {
      await sync();
      clearContentError(collection);
      if (meta.has(ERROR_KEY)) meta.delete(ERROR_KEY);
    } catch (error) {
      const recorded = recordContentError(collection, error, root);
      logger.error(`${recorded.message}\n(the dev server keeps running; fix the file and save it)`);
      // Changing the store makes Astro reload the open page, which then shows the overlay.
      meta.set(ERROR_KEY, recorded.message);
    }
  };
  await run();
  const trigger = coalesce(run, 100);
  watcher.add(watched.paths);
  for (const event of ['change', 'add', 'unlink'] as const) {
    watcher.on(event, (file: string) => {
      if (isWatched(file, watched)) trigger();
    });
  }
}
