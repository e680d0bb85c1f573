/**
 * One search at a time, and only the newest of those waiting. A reader types faster than a large
 * archive answers a short prefix: each keystroke's query would otherwise queue behind the one before,
 * and the results of the last would come only after every superseded query had run.
 */

/** What a queued task resolves to when a newer task replaced it before it could start. */
export const SKIPPED = Symbol('skipped');

/**
 * A runner for async tasks: a task starts once the one before has settled, and a task still waiting
 * when a newer one is queued never starts (it resolves to SKIPPED).
 */
export function latestOnly(): <T>(task: () => Promise<T>) => Promise<T | typeof SKIPPED> {
  let busy: Promise<void> | undefined;
  let newest = 0;
  return async (task) => {
    const ticket = ++newest;
    while (busy) {
      await busy;
      if (ticket !== newest) return SKIPPED;
    }
    let release!: () => void;
    busy = new Promise<void>((resolve) => (release = resolve));
    try {
      return await task();
    } finally {
      busy = undefined;
      release();
    }
  };
}
