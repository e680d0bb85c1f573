/** npm run bench: every benchmark, one after the other (build the site first: npm run build). */
import { spawnSync } from 'node:child_process';
import { parseCli } from '../scripts/cli.ts';

const { positionals } = parseCli({
  usage:
    'npm run bench [-- N,N,…]\nEvery benchmark, one after the other (build the site first: npm run build).',
  positionals: 'article counts for bench/build-scale.ts (default 10,50,200)',
  options: {},
});
const benches: [string, string[]][] = [
  ['bench/analysis.ts', ['500']],
  ['bench/attribution-accuracy.ts', []],
  ['bench/search-latency.ts', ['15']],
  ['bench/page-weight.ts', []],
  ['bench/build-checks.ts', ['200']],
  ['bench/build-scale.ts', positionals.length ? positionals : ['10,50,200']],
];
for (const [file, args] of benches) {
  console.log(`\n# ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
