/** Times analyzeArticle on the seed article N times: node bench/analysis.ts [N] */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import { parseArticleFile } from '../src/markdown/extract.ts';
import { loadRegistry } from '../src/registry/load.ts';
import { parseCli } from '../scripts/cli.ts';

const { positionals } = parseCli({
  usage: 'node bench/analysis.ts [N]\nTimes analyzeArticle on the seed article N times.',
  positionals: 'N, the number of runs (default 200)',
  options: {},
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(positionals[0] ?? 200);
const registry = loadRegistry(path.join(root, 'content'));
const md = path.join(root, 'content/articles/2023-12-15-russia-iran-gaza.md');
if (!fs.existsSync(md)) throw new Error(`${md} not found`);
const blocks = parseArticleFile(md).blocks;
analyzeArticle({ file: 'warmup', blocks }, registry);
const t0 = performance.now();
for (let i = 0; i < n; i++) analyzeArticle({ file: 'seed', blocks }, registry);
const ms = performance.now() - t0;
console.log(`analyzeArticle x ${n}: ${ms.toFixed(1)} ms total, ${(ms / n).toFixed(2)} ms per article`);
