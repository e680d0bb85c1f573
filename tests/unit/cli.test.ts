import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from './helpers.ts';

const cli = (args: string[], cwd = projectRoot) =>
  spawnSync(process.execPath, [path.join(projectRoot, 'scripts/analyze.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });

// each case starts a Node process: on a busy machine that alone can take seconds
describe('analyze CLI', { timeout: 30_000 }, () => {
  test('prints the export JSON for a file outside content/, from another cwd', () => {
    const r = cli(
      [path.join(projectRoot, 'tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md')],
      os.tmpdir(),
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].file).toBe('tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md');
    expect(out.articles[0].paragraphs[0].anchor).toBe('talks-between-egypt-and-ethiopia');
  });

  test('bad frontmatter: exit 1 and a message naming the file', () => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-')), 'bad.md');
    fs.writeFileSync(f, '---\ntitle: x\n---\nBody.\n');
    const r = cli([f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad.md');
    expect(r.stderr).toContain('field "title"');
  });

  test('missing file: exit 1', () => {
    const r = cli(['nope.md']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nope.md');
  });
});
