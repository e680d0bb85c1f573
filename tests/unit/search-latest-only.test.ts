/**
 * The search queue: one query at a time, and a query superseded while it waits never runs.
 */
import { describe, expect, test } from 'vitest';
import { latestOnly, SKIPPED } from '../../src/scripts/search/latest-only.ts';

/** A task that records when it starts and finishes only when told to. */
function controlled(log: string[], name: string) {
  let finish!: (value: string) => void;
  const done = new Promise<string>((resolve) => (finish = resolve));
  const task = () => {
    log.push(`start ${name}`);
    return done;
  };
  return { task, finish: () => finish(name) };
}

describe('latestOnly', () => {
  test('queries typed while one runs: only the newest runs after it, the others are skipped', async () => {
    const run = latestOnly();
    const log: string[] = [];
    const [a, b, c] = ['th', 'the', 'ther'].map((n) => controlled(log, n));
    const ra = run(a!.task);
    const rb = run(b!.task);
    const rc = run(c!.task);
    await Promise.resolve();
    expect(log).toEqual(['start th']);
    a!.finish();
    expect(await ra).toBe('th');
    expect(await rb).toBe(SKIPPED);
    c!.finish();
    expect(await rc).toBe('ther');
    expect(log).toEqual(['start th', 'start ther']);
  });

  test('a failed task lets the next one run', async () => {
    const run = latestOnly();
    const failing = run(() => Promise.reject(new Error('no index')));
    const next = run(() => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('no index');
    expect(await next).toBe('ok');
  });

  test('with nothing running, a task starts at once', async () => {
    const run = latestOnly();
    const log: string[] = [];
    const a = controlled(log, 'Kirby');
    const r = run(a.task);
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['start Kirby']);
    a.finish();
    expect(await r).toBe('Kirby');
  });
});
