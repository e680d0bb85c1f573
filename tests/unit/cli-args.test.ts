/** Every script reads its arguments with node:util parseArgs: unknown flags are errors, --help explains. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { helpText, parseCli } from '../../scripts/cli.ts';
import { projectRoot } from './helpers.ts';

const spec = {
  usage: 'node x.ts [--drop] <files>',
  positionals: 'article files',
  options: {
    drop: { type: 'boolean' as const, default: false, description: 'retire old anchors' },
    set: { type: 'string' as const, description: 'one set' },
  },
};

/** Runs parseCli as a script would, catching its exit and what it printed. */
function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  try {
    return { result: parseCli({ ...spec, args }), out: out.join(''), err: err.join('') };
  } catch (error) {
    return { exit: (error as Error).message, out: out.join(''), err: err.join('') };
  }
}

afterEach(() => vi.restoreAllMocks());

describe('parseCli', () => {
  test('reads flags, values and positionals', () => {
    const { result } = run(['--drop', '--set', 'l', 'a.md', 'b.md']);
    expect(result?.values).toMatchObject({ drop: true, set: 'l' });
    expect(result?.positionals).toEqual(['a.md', 'b.md']);
  });

  test('an unknown flag exits 2 with the error and the usage', () => {
    const { exit, err } = run(['--dorp']);
    expect(exit).toBe('exit 2');
    expect(err).toMatch(/Unknown option '--dorp'/);
    expect(err).toContain('node x.ts [--drop] <files>');
  });

  test('--help exits 0 and explains every option with its default', () => {
    const { exit, out } = run(['--help']);
    expect(exit).toBe('exit 0');
    expect(out).toContain('Arguments: article files');
    expect(out).toMatch(/--drop\s+retire old anchors \(default: false\)/);
    expect(out).toMatch(/--set <value>\s+one set/);
    expect(out).toMatch(/-h, --help\s+show this help/);
  });

  test('a script without positionals refuses one', () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    expect(() => parseCli({ usage: 'node y.ts', options: {}, args: ['stray'] })).toThrow('exit 2');
    expect(helpText({ usage: 'node y.ts', options: {} })).not.toContain('Arguments');
  });
});

describe('every script in scripts/ and bench/', () => {
  const scripts = ['scripts', 'bench'].flatMap((dir) =>
    fs
      .readdirSync(path.join(projectRoot, dir))
      .filter((f) => f.endsWith('.ts') && f !== 'cli.ts')
      .map((f) => `${dir}/${f}`),
  );

  test.each(scripts)('%s parses its arguments with parseCli', (file) => {
    const source = fs.readFileSync(path.join(projectRoot, file), 'utf8');
    expect(source).toMatch(/parseCli\(/);
    expect(source).not.toMatch(/process\.argv/);
  });

  test('the analyze CLI refuses an unknown flag', { timeout: 60_000 }, () => {
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/analyze.ts'), '--verbose'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--verbose'/);
    expect(r.stderr).toContain('npm run --silent analyze -- <file.md>');
  });
});
