/**
 * A second build of the site with the fixture articles added, for tests that
 * check how a new article changes the indexes. Built once per test run.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const FIXTURE_DIST = 'test-results/dist-fixture';

/**
 * Builds the site with tests/fixtures/site-articles added, unless it is already built for this run.
 * The build runs without blocking the test's event loop: a blocked loop keeps idle keep-alive
 * sockets the server has closed meanwhile, and the next fetch fails with "other side closed".
 */
export async function buildFixtureSite(): Promise<string> {
  const out = path.resolve(FIXTURE_DIST);
  if (process.env.FIXTURE_SITE_BUILT === out && existsSync(path.join(out, 'index.html'))) return out;
  try {
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', out], {
      env: {
        ...process.env,
        EXTRA_ARTICLE_DIRS: 'tests/fixtures/site-articles',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`fixture build failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
  process.env.FIXTURE_SITE_BUILT = out;
  return out;
}
