/** npm run bench: every benchmark, one after the other (build the site first: npm run build). */
import { spawnSync } from 'node:child_process';
import { withLocalSite } from '../src/lib/site-url.ts';

const benches: [string, string[]][] = [
  ['bench/analysis.ts', ['500']],
  ['bench/attribution-accuracy.ts', []],
  ['bench/search-latency.ts', ['15']],
  ['bench/page-weight.ts', []],
  ['bench/social-cards.ts', ['0,10']],
  ['bench/build-scale.ts', process.argv.slice(2).length ? process.argv.slice(2) : ['10,50,200']],
];
for (const [file, args] of benches) {
  console.log(`\n# ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit', env: withLocalSite() });
  if (r.status !== 0) process.exitCode = 1;
}
