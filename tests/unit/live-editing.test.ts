import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  clearContentError,
  currentContentError,
  locateMessage,
  toContentError,
} from '../../src/loaders/dev-errors.ts';
import { filesDigest } from '../../src/loaders/digest.ts';
import { coalesce, isWatched, syncAndWatch } from '../../src/loaders/watch.ts';

const root = '/site';

describe('locateMessage: the file and line a build message names', () => {
  test.each([
    [
      'content/articles/a.md:12: a raw <script> is not allowed',
      { file: '/site/content/articles/a.md', line: 12 },
    ],
    ['content/articles/a.md:12:3 bad link', { file: '/site/content/articles/a.md', line: 12, column: 3 }],
    [
      'content/articles/a.md: malformed YAML frontmatter at line 5, column 10: can not read',
      { file: '/site/content/articles/a.md', line: 5, column: 10 },
    ],
    [
      'content/actors/x.yaml: malformed YAML (line 2, column 7): bad indentation',
      { file: '/site/content/actors/x.yaml', line: 2, column: 7 },
    ],
    ['/tmp/c/articles/b.md: field "title": too short', { file: '/tmp/c/articles/b.md' }],
    ['content/anchors.lock.json: not valid JSON', { file: '/site/content/anchors.lock.json' }],
  ])('%s', (message, where) => {
    expect(locateMessage(message, root)).toEqual(where);
  });

  test('a message that names no file has no location', () => {
    expect(locateMessage('3 analysis warning(s) and strict mode is on', root)).toBeNull();
  });

  test('a field with no line is found in the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'locate-'));
    writeFileSync(path.join(dir, 'a.md'), '---\ntitle: x\npublished: 2023-02-30x\n---\n');
    expect(locateMessage('a.md: field "published": must be a date', dir)).toEqual({
      file: path.join(dir, 'a.md'),
      line: 3,
      column: 1,
    });
    rmSync(dir, { recursive: true });
  });
});

describe('toContentError: what the overlay shows', () => {
  test('the message as the build prints it, the location for the code frame, and a hint', () => {
    const error = toContentError(new Error('content/articles/a.md:12: bad. Fix it.'), root);
    expect(error.message).toBe('content/articles/a.md:12: bad. Fix it.');
    expect(error.loc).toEqual({ file: '/site/content/articles/a.md', line: 12 });
    expect(error.hint).toMatch(/save it: the page reloads by itself/);
    expect(error.stack).not.toMatch(/at /);
  });

  test('a file outside the project is named by the message only (the overlay reads loc as inside it)', () => {
    expect(toContentError(new Error('/tmp/x/a.md:3: bad'), root).loc).toBeUndefined();
  });
});

describe('coalesce: one sync per burst of saves, never two at once', () => {
  test('calls within the delay make one run; a call during a run makes exactly one more', async () => {
    vi.useFakeTimers();
    let runs = 0;
    let running = 0;
    let finish: () => void = () => {};
    const trigger = coalesce(async () => {
      runs++;
      running++;
      expect(running).toBe(1);
      await new Promise<void>((resolve) => (finish = resolve));
      running--;
    }, 100);
    trigger();
    trigger();
    await vi.advanceTimersByTimeAsync(150);
    expect(runs).toBe(1);
    trigger();
    trigger();
    await vi.advanceTimersByTimeAsync(150);
    expect(runs).toBe(1); // the first run is still going
    finish();
    await vi.advanceTimersByTimeAsync(10);
    expect(runs).toBe(2);
    finish();
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toBe(2);
    vi.useRealTimers();
  });
});

describe('isWatched', () => {
  const watched = {
    paths: ['/site/content/articles', '/site/content/anchors.lock.json'],
    extensions: ['.md', '.json'],
  };
  test.each([
    ['/site/content/articles/a.md', true],
    ['/site/content/anchors.lock.json', true],
    ['/site/content/articles/notes.txt', false],
    ['/site/content/articles-old/a.md', false],
    ['/site/src/pages/a.md', false],
  ])('%s: %s', (file, yes) => expect(isWatched(file, watched)).toBe(yes));
});

/** A loader context with a fake watcher, meta store and logger. */
function fakeContext(watch: boolean) {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const meta = new Map<string, string>();
  const logged: string[] = [];
  const context = {
    collection: 'articles',
    watcher: watch ? watcher : undefined,
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => void meta.set(k, v),
      has: (k: string) => meta.has(k),
      delete: (k: string) => void meta.delete(k),
    },
    logger: { error: (m: string) => logged.push(m), info: () => {}, warn: () => {} },
  } as unknown as LoaderContext;
  return { context, watcher, meta, logged };
}

describe('syncAndWatch', () => {
  afterEach(() => clearContentError('articles'));

  test('in a build (no watcher) an error fails the sync', async () => {
    const { context } = fakeContext(false);
    await expect(
      syncAndWatch(context, root, async () => Promise.reject(new Error('content/articles/a.md:3: bad')), {
        paths: [],
        extensions: [],
      }),
    ).rejects.toThrow('content/articles/a.md:3: bad');
    expect(currentContentError()).toBeUndefined();
  });

  test('on the dev server an error is logged and shown until a save fixes it; only watched files count', async () => {
    vi.useFakeTimers();
    const { context, watcher, meta, logged } = fakeContext(true);
    let broken = true;
    let syncs = 0;
    const sync = async () => {
      syncs++;
      if (broken) throw new Error('content/articles/a.md:3: bad frontmatter. Fix the YAML.');
    };
    const watched = { paths: ['/site/content/articles'], extensions: ['.md'] };
    await syncAndWatch(context, root, sync, watched);
    expect(watcher.add).toHaveBeenCalledWith(['/site/content/articles']);
    expect(logged[0]).toMatch(/^content\/articles\/a\.md:3: bad frontmatter\. Fix the YAML\./);
    expect(currentContentError()?.loc).toEqual({ file: '/site/content/articles/a.md', line: 3 });
    expect(meta.get('dev-error')).toMatch(/bad frontmatter/);

    watcher.emit('change', '/site/src/pages/index.astro');
    await vi.advanceTimersByTimeAsync(200);
    expect(syncs).toBe(1);

    broken = false;
    watcher.emit('change', '/site/content/articles/a.md');
    await vi.advanceTimersByTimeAsync(200);
    expect(syncs).toBe(2);
    expect(currentContentError()).toBeUndefined();
    expect(meta.has('dev-error')).toBe(false);
    vi.useRealTimers();
  });
});

describe('filesDigest', () => {
  test('changes when a file under the paths changes, and only then', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'digest-'));
    writeFileSync(path.join(dir, 'a.ts'), 'one');
    const digest = (s: string) => s;
    const before = filesDigest(dir, ['a.ts', 'missing'], digest);
    expect(filesDigest(dir, ['a.ts', 'missing'], digest)).toBe(before);
    writeFileSync(path.join(dir, 'a.ts'), 'two');
    expect(filesDigest(dir, ['a.ts', 'missing'], digest)).not.toBe(before);
    rmSync(dir, { recursive: true });
  });
});
