/** npm run bench: every benchmark, one after the other (build the site first: npm run build). */
import { spawnSync } from 'node:child_process';
import { parseCli } from '../scripts/cli.ts';
import { withLocalSite } from '../src/lib/site-url.ts';

const { positionals } = parseCli({
  usage:
    'npm run bench [-- N,N,…]\nEvery benchmark, one after the other (build the site first: npm run build).',
  positionals: 'archive sizes for bench/archive-scale.ts (default 1000,5000)',
  options: {},
});
const benches: [string, string[]][] = [
  ['bench/analysis.ts', ['500']],
  ['bench/attribution-accuracy.ts', []],
  ['bench/search-latency.ts', ['--runs', '15']],
  ['bench/page-weight.ts', []],
  ['bench/build-checks.ts', ['200']],
  ['bench/polnear.ts', ['--split', 'dev']],
  ['bench/lighthouse.ts', ['--runs', '3']],
  // npm run bench -- 100,1000 picks other archive sizes (the default builds 1,000 and 5,000 articles).
  ['bench/archive-scale.ts', ['--sizes', positionals[0] ?? '1000,5000']],
  ['bench/social-cards.ts', ['0,10']],
  ['bench/incremental.ts', ['--articles', '50']],
];
for (const [file, args] of benches) {
  console.log(`\n# ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit', env: withLocalSite() });
  if (r.status !== 0) process.exitCode = 1;
}
