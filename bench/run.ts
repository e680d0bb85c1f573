/** npm run bench: every benchmark, one after the other (build the site first: npm run build). */
import { spawnSync } from 'node:child_process';

const benches: [string, string[]][] = [
  ['bench/analysis.ts', ['500']],
  ['bench/attribution-accuracy.ts', []],
  ['bench/search-latency.ts', ['--runs', '15']],
  ['bench/page-weight.ts', []],
  ['bench/lighthouse.ts', ['--runs', '3']],
  // npm run bench -- 100,1000 picks other archive sizes (the default builds 1,000 and 5,000 articles).
  ['bench/archive-scale.ts', ['--sizes', process.argv[2] ?? '1000,5000']],
];
for (const [file, args] of benches) {
  console.log(`\n# ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
