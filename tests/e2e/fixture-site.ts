/**
 * A second build of the site with the fixture articles added, for tests that
 * check how a new article changes the indexes. Built once per test run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIST = 'test-results/dist-fixture';

/**
 * Builds the site with a folder of fixture articles added (tests/fixtures/site-articles unless
 * told otherwise) into `outDir`, unless it is already built for this run.
 */
export function buildFixtureSite(articles = 'tests/fixtures/site-articles', outDir = FIXTURE_DIST): string {
  const out = path.resolve(outDir);
  const built = `FIXTURE_SITE_BUILT_${path.basename(out).replace(/\W/g, '_')}`;
  if (process.env[built] === out && existsSync(path.join(out, 'index.html'))) return out;
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: {
      ...process.env,
      EXTRA_ARTICLE_DIRS: articles,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  process.env[built] = out;
  return out;
}
