/**
 * Times analyzeArticle on the seed article: node bench/analysis.ts [N] [--against DIR]
 *
 * Each run is timed alone after a warm-up, and the median is the figure (the mean carries GC pauses). Whole
 * processes on this machine differ by up to 1.5x, so comparing two versions in two processes says little:
 * `--against DIR` loads a second checkout's engine (a `git worktree` of main, say) into the same process
 * and alternates the two, run by run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../src/markdown/extract.ts';
import { loadRegistry } from '../src/registry/load.ts';
import type { BlockInput } from '../src/analysis/types.ts';
import type { Registry } from '../src/registry/schema.ts';
import { parseCli } from '../scripts/cli.ts';

const { values, positionals } = parseCli({
  usage: 'node bench/analysis.ts [N] [--against DIR]\nTimes analyzeArticle on the seed article N times.',
  positionals: 'N, the number of runs (default 500)',
  options: {
    against: {
      type: 'string',
      description: 'another checkout whose engine is timed alternately with this one',
    },
  },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(positionals[0] ?? 500);
if (!Number.isInteger(n) || n < 1)
  throw new Error(`N must be a whole number of runs, not "${positionals[0]}"`);
const registry = loadRegistry(path.join(root, 'content'));
const md = path.join(root, 'content/articles/2023-12-15-russia-iran-gaza.md');
if (!fs.existsSync(md)) throw new Error(`${md} not found`);
const blocks = parseArticleFile(md).blocks;

type Analyze = (input: { file: string; blocks: BlockInput[] }, registry: Registry) => unknown;
async function engine(dir: string): Promise<Analyze> {
  const file = path.resolve(dir, 'src/analysis/analyze.ts');
  if (!fs.existsSync(file))
    throw new Error(`--against: ${file} not found (give a checkout of this repository)`);
  return ((await import(file)) as { analyzeArticle: Analyze }).analyzeArticle;
}
const engines: [string, Analyze][] = [['this checkout', await engine(root)]];
if (values.against) engines.push([values.against, await engine(values.against)]);

const times = engines.map((): number[] => []);
for (let i = 0; i < Math.min(100, n); i++)
  for (const [, analyze] of engines) analyze({ file: 'w', blocks }, registry);
for (let i = 0; i < n; i++) {
  engines.forEach(([, analyze], k) => {
    const t0 = performance.now();
    analyze({ file: 'seed', blocks }, registry);
    times[k]!.push(performance.now() - t0);
  });
}
const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
engines.forEach(([name], k) => {
  const t = [...times[k]!].sort((a, b) => a - b);
  const mean = t.reduce((a, b) => a + b, 0) / n;
  const p90 = t[Math.min(n - 1, Math.floor(0.9 * n))]!;
  console.log(
    `analyzeArticle x ${n} on the seed (${name}): median ${median(t).toFixed(2)} ms, ` +
      `p90 ${p90.toFixed(2)} ms, mean ${mean.toFixed(2)} ms`,
  );
});
if (engines.length === 2)
  console.log(`this checkout / other: ${(median(times[0]!) / median(times[1]!)).toFixed(3)}`);
