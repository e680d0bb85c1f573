/**
 * Incremental builds: a later `astro build` reuses the stored analysis of every article whose file,
 * the registry and the analysis code are unchanged (the content layer keeps its store between
 * builds), analyses the changed ones again, and the pages always show the current text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const SEED = '2023-12-15-russia-iran-gaza';
const content = mkdtempSync(path.join(os.tmpdir(), 'incremental-content-'));
const out = mkdtempSync(path.join(os.tmpdir(), 'incremental-dist-'));
cpSync('content', content, { recursive: true });
const seed = readFileSync(`content/articles/${SEED}.md`, 'utf8');
for (const day of ['01', '02'])
  writeFileSync(
    path.join(content, 'articles', `2023-11-${day}-copy.md`),
    seed.replace('published: 2023-12-15', `published: 2023-11-${day}`),
  );

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function build(): string {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  // eslint-disable-next-line no-control-regex -- terminal colour codes
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  expect(result.status, output).toBe(0);
  return output;
}

const pageOf = (slug: string) => readFileSync(path.join(out, 'articles', slug, 'index.html'), 'utf8');
const edit = (rel: string, from: string, to: string) => {
  const file = path.join(content, rel);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

describe('a second build', () => {
  test('analyses every article the first time, none when nothing changed, with the same pages', () => {
    expect(build()).toMatch(/analysed 3 of 3 article\(s\); 0 unchanged/);
    const before = pageOf(SEED);
    expect(build()).toMatch(/analysed 0 of 3 article\(s\); 3 unchanged/);
    expect(pageOf(SEED)).toBe(before);
  }, 240_000);

  test('with one article changed analyses that one only, and its page has the new text', () => {
    edit(`articles/${SEED}.md`, 'US-led global order', 'US-led world order');
    expect(build()).toMatch(/analysed 1 of 3 article\(s\); 2 unchanged/);
    expect(pageOf(SEED)).toMatch(/-led world order/);
    expect(pageOf('2023-11-01-copy')).toMatch(/-led global order/);
  }, 120_000);

  test('with the registry changed analyses every article again; a deleted article is dropped', () => {
    edit('actors/john-kirby.yaml', 'name: "John Kirby"', 'name: "John F. Kirby"');
    rmSync(path.join(content, 'articles', '2023-11-02-copy.md'));
    expect(build()).toMatch(/analysed 2 of 2 article\(s\); 0 unchanged/);
    for (const slug of [SEED, '2023-11-01-copy']) expect(pageOf(slug)).toContain('John F. Kirby');
    expect(() => pageOf('2023-11-02-copy')).toThrow(/ENOENT/);
  }, 120_000);
});
