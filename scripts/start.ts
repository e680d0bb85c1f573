/**
 * npm start: builds the site only when its inputs changed since the last build, then serves dist/.
 * The inputs are the content, src/, public/, the config, the lockfile and the settings that change
 * the output (SITE_URL, CONTENT_DIR, EXTRA_ARTICLE_DIRS, STRICT_ANALYSIS); `npm run build` stamps
 * their digest (scripts/lib/build-stamp.ts). Run with --help.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli } from './cli.ts';
import { buildReason, distFingerprint, inputsDigest, readStamp } from './lib/build-stamp.ts';
import { withLocalSite } from '../src/lib/site-url.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = withLocalSite({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });

function main(): number | undefined {
  const { values } = parseCli({
    usage:
      'Usage: npm start [-- --force] [-- --port <n>]\n\n' +
      'Builds the site (npm run build) when its sources changed since the last build, then serves dist/\n' +
      'at http://127.0.0.1:4321/. The sources: content/ (or CONTENT_DIR), EXTRA_ARTICLE_DIRS, src/, public/,\n' +
      'astro.config.mjs, package.json, package-lock.json, tsconfig.json, and SITE_URL and STRICT_ANALYSIS.',
    options: {
      force: { type: 'boolean', default: false, description: 'build even if nothing changed' },
      port: { type: 'string', default: '4321', description: 'serve on this port' },
    },
  });
  const why = buildReason(readStamp(root), inputsDigest(root, env), distFingerprint(root), values.force);
  if (!why) {
    console.log(
      'start: dist/ is up to date with the sources (nothing changed since the last build): serving it.',
    );
    console.log('start: `npm start -- --force` builds anyway.');
  } else {
    console.log(`start: building the site: ${why}.`);
    const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env, cwd: root });
    if (build.status !== 0) return build.status ?? 1;
  }
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', values.port], {
    stdio: 'inherit',
    env,
    cwd: root,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
  return undefined;
}

const code = main();
if (code !== undefined) process.exitCode = code;
