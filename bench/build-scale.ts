/**
 * Build scale: time to build and index the site with N extra articles (copies of the
 * seed under new names, so every page, quote record and index grows), and the size
 * of dist/, of the search index and of the heaviest page.
 *   node bench/build-scale.ts [N=10,50,200]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withLocalSite } from '../src/lib/site-url.ts';

const counts = (process.argv[2] ?? '10,50,200').split(',').map(Number);
const seed = readFileSync('content/articles/2023-12-15-russia-iran-gaza.md', 'utf8');

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    env: {
      ...withLocalSite(),
      // Every social card drawn, as on a fresh clone (SOCIAL_CARD_CACHE=<dir> measures a warm cache).
      SOCIAL_CARD_CACHE: process.env.SOCIAL_CARD_CACHE ?? 'off',
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

console.log('build scale (astro build + pagefind), 2 cores:');
for (const n of [0, ...counts]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scale-articles-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'scale-dist-'));
  for (let i = 0; i < n; i++) {
    // Same text, new name and date, so the analysis runs on every copy.
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      path.join(dir, `2020-01-${day}-copy-${i}.md`),
      seed.replace('published: 2023-12-15', `published: 2020-01-${day}`),
    );
  }
  const build = timed('npx', ['astro', 'build', '--outDir', out], { EXTRA_ARTICLE_DIRS: dir });
  const index = timed('npx', ['pagefind', '--site', out], {});
  const html = readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));
  // the heaviest page a reader can open (an actor named in every article is the likely one)
  const bySize = html
    .map((f) => ({ f, size: statSync(path.join(out, f)).size }))
    .sort((a, b) => b.size - a.size);
  const heaviest = bySize[0]!;
  console.log(
    `  ${String(n + 1).padStart(4)} articles: build ${build.toFixed(1)} s, index ${index.toFixed(1)} s, ${html.length} pages, dist ${(dirSize(out) / 1048576).toFixed(1)} MB, index ${(dirSize(path.join(out, 'pagefind')) / 1048576).toFixed(2)} MB, heaviest page ${(heaviest.size / 1024).toFixed(0)} KB (${heaviest.f.replace(/index\.html$/, '')})`,
  );
  console.log(
    `        next heaviest: ${bySize
      .slice(1, 4)
      .map((p) => `${p.f.replace(/index\.html$/, '')} ${(p.size / 1024).toFixed(0)} KB`)
      .join(', ')}`,
  );
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
