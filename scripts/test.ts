/**
 * `npm test`: lint (eslint, prettier --check), type-check (astro check and tsc), build the site (with its search index),
 * validate every built page (html-validate), then run the unit and browser tests, and end with one line: "N passed, N failed".
 * Pass --unit to run only the unit tests (no build, no browser).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { parseCli } from './cli.ts';
import { withLocalSite } from '../src/lib/site-url.ts';

const { values } = parseCli({
  usage:
    'npm test [-- --unit]\n' +
    'Lint, type-check, build with the search index, validate the HTML, then unit and browser tests; ends with "N passed, N failed".',
  options: {
    unit: { type: 'boolean', default: false, description: 'only the unit tests (no lint, build or browser)' },
  },
});
const unitOnly = values.unit;
// The build and the tests run against the local address unless SITE_URL says otherwise.
// Astro's telemetry stays off in every build and check the tests run.
const env = withLocalSite({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });

function run(cmd: string, args: string[]): number {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(step: string, status: number): never {
  console.error(`\n${step} failed (exit ${status}).`);
  console.log('0 passed, 1 failed');
  process.exit(status || 1);
}

if (!unitOnly) {
  const lint = run('eslint', ['.']);
  if (lint !== 0) fail('eslint (npm run lint)', lint);
  const format = run('prettier', ['--check', '--log-level', 'warn', '.']);
  if (format !== 0) fail('prettier --check (npm run format fixes it)', format);
  const check = run('astro', ['check']);
  if (check !== 0) fail('astro check', check);
  // astro check skips plain .ts files no page imports (tests, scripts, benches): tsc covers them.
  const tsc = run('tsc', ['--noEmit', '-p', '.']);
  if (tsc !== 0) fail('tsc --noEmit', tsc);
  const build = run('npm', ['run', '--silent', 'build']);
  if (build !== 0) fail('The build', build);
  // every built page against .htmlvalidate.json (the build itself already refused duplicate ids)
  const html = run('html-validate', ['dist/**/*.html']);
  if (html !== 0)
    fail(
      'html-validate over dist/ (fix the markup, or give a rule change its reason in .htmlvalidate.json)',
      html,
    );
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
if (unitOnly) args.push('--project', 'unit');
const status = run('vitest', args);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites?: number;
  };
  passed = json.numPassedTests;
  failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
} else if (status !== 0) {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status);
