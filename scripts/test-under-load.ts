/**
 * `npm run test:load`: the flake check. Runs `npm test` several times in a row while busy loops keep
 * every core of the machine at 100 %, and prints each run's "N passed, N failed" and a total. A
 * suite that passes here does not depend on how fast the machine is.
 *   npm run test:load [-- --runs 3] [-- --browser-only]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { withLocalSite } from '../src/lib/site-url.ts';
import { parseCli } from './cli.ts';

const { values } = parseCli({
  usage:
    'npm run test:load [-- --runs 3] [-- --browser-only]\n' +
    'Runs the test suite several times while busy loops keep every core at 100 %; prints each result.',
  options: {
    runs: { type: 'string', default: '3', description: 'how many times to run the suite' },
    'browser-only': {
      type: 'boolean',
      default: false,
      description: 'build once, then run only the unit and browser tests each time (no lint or type-check)',
    },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1 (got "${values.runs}").`);
  process.exit(2);
}

/** One busy loop per core, each its own process, so the suite competes for every core. */
function startLoad(): ChildProcess[] {
  const spin = 'for(;;){}';
  return os.cpus().map(() => spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }));
}

/** Runs a command with the output shown; its exit status. */
function run(cmd: string, args: string[]): number {
  const env = withLocalSite({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

/** The counts of the last vitest report (test-results/vitest.json, written by npm test and below). */
function lastCounts(): { passed: number; failed: number } {
  try {
    const json = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    return { passed: json.numPassedTests, failed: json.numFailedTests };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const load = startLoad();
const stop = () => load.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
console.log(`test:load: ${load.length} busy loop(s) running, one per core; ${runs} run(s)`);

const results: { status: number; passed: number; failed: number; seconds: number }[] = [];
if (values['browser-only'] && run('npm', ['run', '--silent', 'build']) !== 0) process.exit(1);
for (let i = 1; i <= runs; i++) {
  console.log(`\n=== test:load run ${i} of ${runs} ===`);
  const t0 = performance.now();
  const status = values['browser-only']
    ? run('npx', [
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/vitest.json',
      ])
    : run('npm', ['test']);
  results.push({ status, ...lastCounts(), seconds: (performance.now() - t0) / 1000 });
}
stop();

console.log('\ntest:load results (every core busy):');
results.forEach((r, i) =>
  console.log(
    `  run ${i + 1}: ${r.passed} passed, ${r.failed} failed, exit ${r.status}, ${r.seconds.toFixed(0)} s`,
  ),
);
const failed = results.reduce((sum, r) => sum + r.failed + (r.status !== 0 && r.failed === 0 ? 1 : 0), 0);
console.log(`${results.reduce((sum, r) => sum + r.passed, 0)} passed, ${failed} failed over ${runs} run(s)`);
process.exit(failed > 0 ? 1 : 0);
