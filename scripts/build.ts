/**
 * npm run build: `astro build` (extra arguments go to it, e.g. `npm run build -- --strict`), then the
 * Pagefind search index, then the markup only Pagefind reads comes out of the pages (scripts/lib/index-markup.ts),
 * then the article pages get their own, smaller stylesheet (scripts/lib/article-stylesheet.ts),
 * then the stamp `npm start` reads to know dist/ is up to date.
 * Astro's telemetry is off; the JavaScript heap is capped (scripts/lib/heap-cap.ts, BUILD_HEAP_MB).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsDigest, writeStamp } from './lib/build-stamp.ts';
import { withHeapCap } from './lib/heap-cap.ts';
import { stripIndexMarkupIn } from './lib/index-markup.ts';
import { writeArticleStylesheet } from './lib/article-stylesheet.ts';
import { parseCli } from './cli.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The heap capped (scripts/lib/heap-cap.ts): the build's memory stays near its live data.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: withHeapCap() };

function run(cmd: string, args: string[]): number {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, cwd: root });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const { values } = parseCli({
  usage:
    'npm run build [-- --strict] [-- --outDir dist]\n' +
    'astro build, then the Pagefind index, then the markup only the index reads comes out of the pages,\n' +
    "then the article pages' own stylesheet, then the stamp npm start reads to know dist/ is up to date.",
  options: {
    strict: { type: 'boolean', default: false, description: 'analysis warnings fail the build' },
    outDir: { type: 'string', default: 'dist', description: 'where the site is written' },
  },
});
const outDir = values.outDir;
const args = [...(values.strict ? ['--strict'] : []), '--outDir', outDir];
// the digest of the inputs as the build starts: an edit made during the build makes the next start build again
const inputs = inputsDigest(root, process.env);
const status = run('astro', ['build', ...args]) || run('pagefind', ['--site', outDir]);
if (status === 0) {
  const removed = await stripIndexMarkupIn(path.resolve(root, outDir));
  console.log(
    `Removed ${(removed / 1024).toFixed(1)} KB of markup only the search index reads from the pages`,
  );
  const sheets = await writeArticleStylesheet(path.resolve(root, outDir));
  if (sheets) {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`Article stylesheet: ${kb(sheets.article)} of the site's ${kb(sheets.site)}`);
  }
}
if (status === 0 && path.resolve(root, outDir) === path.join(root, 'dist')) writeStamp(root, inputs);
process.exitCode = status;
