/**
 * Social cards: build time with an empty card cache (every card drawn) and with a warm one (every card
 * read back), the number of cards, and their sizes. Copies of the seed as extra articles add cards.
 *   node bench/social-cards.ts [N extra articles = 0,10]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drawCard } from '../src/lib/social-card-image.ts';
import { withLocalSite } from '../src/lib/site-url.ts';
import { articleCard, quoteCard } from '../src/lib/social-cards.ts';
import { parseCli } from '../scripts/cli.ts';

const { positionals } = parseCli({
  usage:
    'node bench/social-cards.ts [N,N]\nBuild time with no, an empty and a warm card cache, and card sizes.',
  positionals: 'extra copies of the seed, comma-separated (default 0,10)',
  options: {},
});
const counts = (positionals[0] ?? '0,10').split(',').map(Number);
const seed = readFileSync('content/articles/2023-12-15-russia-iran-gaza.md', 'utf8');

function build(out: string, articles: string, cache: string): number {
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], {
    env: {
      ...withLocalSite(),
      EXTRA_ARTICLE_DIRS: articles,
      SOCIAL_CARD_CACHE: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

// Drawing alone, in this process: what the cache saves per card.
const sample = [
  articleCard({
    title: 'The Gaza war shows Russia and Iran have narrowed their differences',
    description: 'Moscow and Tehran hold almost identical positions on Israel’s war on Gaza.',
    source: 'TRT World',
    published: new Date('2023-12-15'),
  }),
  quoteCard({
    text: 'relations between Russia and Iran have become stronger than ever',
    kind: 'direct',
    speaker: 'Kamran Gasanov',
    role: 'a political analyst at Russian International Affairs Council',
    certain: true,
    articleTitle: 'The Gaza war shows Russia and Iran have narrowed their differences',
    source: 'TRT World',
    published: new Date('2023-12-15'),
  }),
];
await drawCard(sample[0]!); // fonts and WebAssembly warm-up
const runs = 200;
const t0 = performance.now();
const rss0 = process.memoryUsage().rss;
for (let i = 0; i < runs; i++) await drawCard({ ...sample[i % 2]!, title: `${sample[i % 2]!.title} ${i}` });
// Resident memory, not the JavaScript heap: a rasteriser's native buffers do not show in the heap.
const grown = (process.memoryUsage().rss - rss0) / 1048576;
console.log(
  `social cards: ${((performance.now() - t0) / runs).toFixed(0)} ms to draw one card (mean over ${runs} cards in a warm process); resident memory grew ${grown.toFixed(0)} MB while drawing them`,
);

console.log('social cards (astro build, no search index), 2 cores:');
for (const n of counts) {
  const articles = mkdtempSync(path.join(os.tmpdir(), 'cards-articles-'));
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      path.join(articles, `2020-01-${day}-copy-${i}.md`),
      seed.replace('published: 2023-12-15', `published: 2020-01-${day}`),
    );
  }
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cards-cache-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'cards-dist-'));
  const off = build(out, articles, 'off');
  const cold = build(out, articles, cache);
  const warm = build(out, articles, cache);
  const cards = readdirSync(path.join(out, 'og'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.png'))
    .map((f) => statSync(path.join(out, 'og', f)).size);
  const total = cards.reduce((a, b) => a + b, 0);
  console.log(
    `  ${String(n + 1).padStart(3)} articles, ${cards.length} cards: build without cache ${off.toFixed(1)} s, ` +
      `empty cache ${cold.toFixed(1)} s, warm cache ${warm.toFixed(1)} s ` +
      `(${(((cold - warm) * 1000) / cards.length).toFixed(0)} ms a card saved); ` +
      `cards ${(total / 1048576).toFixed(1)} MB, mean ${(total / cards.length / 1024).toFixed(0)} KB, ` +
      `largest ${(Math.max(...cards) / 1024).toFixed(0)} KB`,
  );
  for (const dir of [articles, cache, out]) rmSync(dir, { recursive: true, force: true });
}
