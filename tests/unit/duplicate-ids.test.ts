/** The build check: a built page that repeats an id fails `astro build`, naming the page, the id and where. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import duplicateIdCheck, { checkDuplicateIds } from '../../src/integrations/duplicate-ids.ts';

function site(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const good = '<!doctype html><main id="main"><h2 id="status-2">Status</h2></main><div id="status"></div>';
const bad = '<!doctype html><main id="main"><h2 id="status">Status</h2></main>\n<div id="status"></div>';

describe('checkDuplicateIds', () => {
  test('every page of a good site passes', async () => {
    expect(await checkDuplicateIds(site({ 'index.html': good, 'articles/a/index.html': good }))).toEqual([]);
  });

  test('a page with a repeated id is named with the id, both places and the fix', async () => {
    const problems = await checkDuplicateIds(site({ 'index.html': good, 'articles/a/index.html': bad }));
    expect(problems).toEqual([
      'dist/articles/a/index.html:1:32: id "status" is used by 2 elements (at 1:32, 2:1). Fix: if an article took a ' +
        'page id, add the id to ARTICLE_PAGE_IDS in src/markdown/page-ids.ts; if a component repeats it, give each ' +
        'element its own id.',
    ]);
  });

  test('the integration fails the build', async () => {
    const hook = duplicateIdCheck().hooks['astro:build:done']!;
    const logger = { info: () => {} };
    const dir = pathToFileURL(`${site({ 'index.html': bad })}/`);
    // the hook only reads dir and logger
    const run = (url: URL) => hook({ dir: url, logger } as unknown as Parameters<typeof hook>[0]);
    await expect(run(dir)).rejects.toThrow(
      /1 duplicate id\(s\) in the built pages:\n.*index\.html:1:32: id "status"/,
    );
    await expect(run(pathToFileURL(`${site({ 'index.html': good })}/`))).resolves.toBeUndefined();
  });
});
