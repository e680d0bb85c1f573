import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  buildReason,
  distFingerprint,
  inputsDigest,
  readStamp,
  writeStamp,
} from '../../scripts/lib/build-stamp.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write('content/articles/a.md', 'one');
write('src/pages/index.astro', 'page');
write('astro.config.mjs', 'config');

describe('npm start builds only when the sources changed', () => {
  test('the inputs digest follows the files’ contents and the settings, not their times', () => {
    const before = inputsDigest(root, {});
    utimesSync(path.join(root, 'content/articles/a.md'), new Date(2020, 1, 1), new Date(2020, 1, 1));
    expect(inputsDigest(root, {})).toBe(before);
    expect(inputsDigest(root, { SITE_URL: 'https://example.com' })).not.toBe(before);
    expect(inputsDigest(root, { HOME: '/elsewhere' })).toBe(before);
    write('content/articles/a.md', 'two');
    expect(inputsDigest(root, {})).not.toBe(before);
    write('content/articles/a.md', 'one');
    write('public/robots.txt', 'User-agent: *');
    const withRobots = inputsDigest(root, {});
    expect(withRobots).not.toBe(before);
    // the build's steps after astro build are inputs too
    write('scripts/lib/article-stylesheet.ts', 'export {}');
    expect(inputsDigest(root, {})).not.toBe(withRobots);
  });

  test('a build stamps dist/; a changed source, a rebuilt or missing dist/, or --force call for a build', () => {
    expect(distFingerprint(root)).toBeNull();
    expect(buildReason(readStamp(root), inputsDigest(root, {}), distFingerprint(root), false)).toBe(
      'dist/ has no built site',
    );
    write('dist/index.html', '<!doctype html>');
    write('dist/pagefind/pagefind.js', '//');
    const dist = distFingerprint(root);
    expect(buildReason(null, 'x', dist, false)).toBe('dist/ was not built by npm run build');
    writeStamp(root, inputsDigest(root, {}));
    expect(buildReason(readStamp(root), inputsDigest(root, {}), distFingerprint(root), false)).toBeNull();
    expect(buildReason(readStamp(root), inputsDigest(root, {}), distFingerprint(root), true)).toBe(
      'asked to (--force)',
    );
    write('content/articles/b.md', 'new');
    expect(buildReason(readStamp(root), inputsDigest(root, {}), distFingerprint(root), false)).toBe(
      'the sources changed since the last build',
    );
    rmSync(path.join(root, 'content/articles/b.md'));
    write('dist/index.html', '<!doctype html><title>built by hand</title>');
    expect(buildReason(readStamp(root), inputsDigest(root, {}), distFingerprint(root), false)).toBe(
      'dist/ was not built by npm run build',
    );
  });
});
