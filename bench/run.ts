/** npm run bench: every benchmark, one after the other (build the site first: npm run build). */
import { spawnSync } from 'node:child_process';

const benches: [string, string[]][] = [
  ['bench/analysis.ts', ['500']],
  ['bench/attribution-accuracy.ts', []],
  ['bench/search-latency.ts', ['15']],
  ['bench/page-weight.ts', []],
  ['bench/build-scale.ts', process.argv.slice(2).length ? process.argv.slice(2) : ['10,50,200']],
  ['bench/incremental.ts', ['--articles', '50']],
];
for (const [file, args] of benches) {
  console.log(`\n# ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
