/**
 * Incremental build: how long `astro build` takes with the seed plus N copies (new names and dates,
 * so each is analysed), cold (no stored content), again with nothing changed, with one article
 * changed, and with the registry changed (every article analysed again). The loader's own line
 * says how many articles it analysed and how long its sync took.
 *   node bench/incremental.ts [--articles 50] [--runs 1]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli } from '../scripts/cli.ts';

const { values } = parseCli({
  usage:
    'node bench/incremental.ts [--articles 50] [--runs 1]\n' +
    'Builds the seed plus copies cold, unchanged, with one article changed and with the registry changed.',
  options: {
    articles: { type: 'string', default: '50', description: 'copies of the seed to add' },
    runs: { type: 'string', default: '1', description: 'runs of each build' },
  },
});
const copies = Number(values.articles);
const runs = Number(values.runs);

const seed = readFileSync('content/articles/2023-12-15-russia-iran-gaza.md', 'utf8');
const content = mkdtempSync(path.join(os.tmpdir(), 'incremental-bench-content-'));
const out = mkdtempSync(path.join(os.tmpdir(), 'incremental-bench-dist-'));
cpSync('content', content, { recursive: true });
for (let i = 0; i < copies; i++) {
  const day = String((i % 28) + 1).padStart(2, '0');
  writeFileSync(
    path.join(content, 'articles', `2020-01-${day}-copy-${i}.md`),
    seed.replace('published: 2023-12-15', `published: 2020-01-${day}`),
  );
}

/** One `astro build`: wall seconds, and the loader's line (articles analysed, its sync time). */
function build(): { seconds: number; loader: string } {
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  // eslint-disable-next-line no-control-regex -- terminal colour codes
  const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  if (r.status !== 0) throw new Error(`astro build failed:\n${output}`);
  return {
    seconds,
    loader: /analysed \d+ of \d+ article\(s\)[^\n]*/.exec(output)?.[0] ?? '(no loader line)',
  };
}

const edit = (rel: string, change: (text: string) => string) => {
  const file = path.join(content, rel);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};

const rows: [string, ReturnType<typeof build>][] = [];
for (let run = 1; run <= runs; run++) {
  // cold: Astro keeps the content store in node_modules/.astro between builds; start without it
  rmSync('node_modules/.astro/data-store.json', { force: true });
  rows.push(['full build (no stored content)', build()]);
  rows.push(['rebuild, nothing changed', build()]);
  edit('articles/2020-01-01-copy-0.md', (t) =>
    t.replace('US-led global order', `US-led order (edit ${run})`),
  );
  rows.push(['rebuild, one article changed', build()]);
  edit('actors/john-kirby.yaml', (t) => t.replace(/^role: .*$/m, `role: "US spokesman (edit ${run})"`));
  rows.push(['rebuild, registry changed', build()]);
}
rmSync(content, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });

console.log(`incremental build (astro build, seed + ${copies} copies = ${copies + 1} articles), 2 cores:`);
for (const [label, r] of rows)
  console.log(`  ${label.padEnd(32)} ${r.seconds.toFixed(1).padStart(5)} s   ${r.loader}`);
