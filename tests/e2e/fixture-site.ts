/**
 * A second build of the site with the fixture articles added, for tests that
 * check how a new article changes the indexes. Built once per test run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIST = 'test-results/dist-fixture';

/** Builds the site with tests/fixtures/site-articles added, unless it is already built for this run. */
export function buildFixtureSite(): string {
  const out = path.resolve(FIXTURE_DIST);
  if (process.env.FIXTURE_SITE_BUILT === out && existsSync(path.join(out, 'index.html'))) return out;
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: {
      ...process.env,
      EXTRA_ARTICLE_DIRS: 'tests/fixtures/site-articles',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  process.env.FIXTURE_SITE_BUILT = out;
  return out;
}
