/**
 * A second build of the site with the fixture articles added, for tests that
 * check how a new article changes the indexes. Built once per test run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIST = 'test-results/dist-fixture';

/**
 * Builds the site with a folder of fixture articles added (tests/fixtures/site-articles unless
 * told otherwise) into `outDir`, unless it is already built for this run. The build runs without
 * blocking the event loop: a blocked loop never sees the servers close idle keep-alive sockets,
 * and the next fetch on one fails with "other side closed".
 */
export async function buildFixtureSite(
  articles = 'tests/fixtures/site-articles',
  outDir = FIXTURE_DIST,
): Promise<string> {
  const out = path.resolve(outDir);
  const built = `FIXTURE_SITE_BUILT_${path.basename(out).replace(/\W/g, '_')}`;
  if (process.env[built] === out && existsSync(path.join(out, 'index.html'))) return out;
  const child = spawn('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, EXTRA_ARTICLE_DIRS: articles, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (status !== 0) throw new Error(`fixture build failed:\n${output}`);
  process.env[built] = out;
  return out;
}
