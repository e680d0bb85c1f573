/**
 * Archive scale: builds generated archives (bench/archive/generate.ts: a registry and N varied
 * articles, in a temporary copy of the project, never committed) and reports, per size: build and
 * Pagefind seconds, pages, dist/ and index size, peak memory, the per-article cost, where the
 * build's time goes (content sync with the analysis, page generation by kind of page), and the
 * growth of each from the smallest size to the largest (the target: per-article cost within 1.2x).
 * Then a second build with one article changed (is the analysis incremental?), and search latency
 * on the largest site (bench/search-latency.ts).
 *   node bench/archive-scale.ts [--sizes 1000,5000] [--states 24] [--no-search] [--keep]
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli } from '../scripts/cli.ts';
import { withHeapCap } from '../scripts/lib/heap-cap.ts';
import { withLocalSite } from '../src/lib/site-url.ts';
import { generateArchive } from './archive/generate.ts';

const { values } = parseCli({
  usage:
    'node bench/archive-scale.ts [--sizes 1000,5000] [--states 24] [--no-search] [--keep]\n' +
    'Builds generated archives of these sizes and reports build, search and memory figures.',
  options: {
    sizes: { type: 'string', default: '1000,5000', description: 'archive sizes, comma-separated' },
    states: { type: 'string', default: '24', description: 'fictional states in the registry' },
    'no-search': { type: 'boolean', default: false, description: 'skip the search latency probe' },
    keep: { type: 'boolean', default: false, description: 'keep the temporary project copies' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const states = Number(values.states);
const project = path.resolve('.');
const ASTRO = path.join(project, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.join(project, 'node_modules/pagefind/lib/runner/bin.cjs');

/** A copy of the project to build in: its code and content, and links to its packages. */
function makeSite(articles: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), `archive-${articles}-`));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'])
    cpSync(path.join(project, item), path.join(root, item), { recursive: true });
  // Each package linked on its own, so Astro's and Vite's caches (node_modules/.astro, .vite) stay apart.
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync(path.join(project, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(path.join(project, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  generateArchive(path.join(root, 'content'), articles, states);
  return root;
}

interface Run {
  seconds: number;
  peakMiB: number;
  log: string;
}

/** Runs a node script under GNU time: wall seconds, peak resident memory, and its output. */
function timed(script: string, args: string[], cwd: string): Run {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, script, ...args], {
    cwd,
    // the heap capped as `npm run build` caps it (scripts/lib/heap-cap.ts)
    env: {
      ...withLocalSite(),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NODE_OPTIONS: withHeapCap(),
    },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  const log = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed in ${cwd}:\n${log.slice(-4000)}`);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMiB: peakKiB / 1024, log };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return total;
}

/** A duration as Astro logs it ("870ms", "1.47s", "3m 37s"), in seconds. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+m?s)`;
function seconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return 60 * Number(minutes[1]) + Number(minutes[2]);
  return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}

/** Kinds of page, by URL, for the time Astro logs per page. */
function pageKind(url: string): string {
  if (/^\/articles\//.test(url)) return 'article';
  if (/^\/quotes\/[^/]+\/[^/]+\//.test(url)) return 'quote record';
  if (/^\/(actors|conflicts)\/[^/]+\/mentions\//.test(url)) return 'entity archive page';
  if (/^\/(actors|conflicts)\/[^/]+\//.test(url)) return 'entity page';
  if (/^\/page\//.test(url)) return 'front page archive';
  return 'index and other';
}

interface Phases {
  sync: number;
  entrypoints: number;
  routes: number;
  byKind: Map<string, { pages: number; ms: number }>;
  analysed: number;
}

/** Where the build's time went, from Astro's log. */
function phases(log: string): Phases {
  const sync = new RegExp(`\\[types\\] Generated ${DURATION}`).exec(log);
  const entry = [...log.matchAll(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`, 'g'))];
  const routes = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${DURATION}`).exec(log);
  const byKind = new Map<string, { pages: number; ms: number }>();
  for (const [, url, time] of log.matchAll(new RegExp(`[├└]─ (\\/\\S*) \\(\\+${DURATION}\\)`, 'g'))) {
    const kind = pageKind(url!);
    const row = byKind.get(kind) ?? { pages: 0, ms: 0 };
    row.pages++;
    row.ms += 1000 * seconds(time!);
    byKind.set(kind, row);
  }
  return {
    sync: sync ? seconds(sync[1]!) : NaN,
    entrypoints: entry.reduce((sum, m) => sum + seconds(m[1]!), 0),
    routes: routes ? seconds(routes[1]!) : NaN,
    byKind,
    analysed: Number(/analysed (\d+) of \d+ article/.exec(log)?.[1] ?? NaN),
  };
}

interface Result {
  articles: number;
  build: Run;
  index: Run;
  pages: number;
  dist: number;
  pagefind: number;
  phases: Phases;
  second?: { run: Run; phases: Phases };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const results: Result[] = [];
console.log(
  `archive scale: generated archives (${states} states; registry and articles in bench/archive/generate.ts)`,
);
for (const n of sizes) {
  const root = makeSite(n);
  const articles = readdirSync(path.join(root, 'content/articles')).length;
  const build = timed(ASTRO, ['build'], root);
  writeFileSync(path.join(root, 'build.log'), build.log);
  const index = timed(PAGEFIND, ['--site', 'dist'], root);
  const dist = path.join(root, 'dist');
  const pages = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html')).length;
  const result: Result = {
    articles,
    build,
    index,
    pages,
    dist: dirSize(dist),
    pagefind: dirSize(path.join(dist, 'pagefind')),
    phases: phases(build.log),
  };
  // One article changed, the others not: a second build in the same folder (the content layer keeps
  // its store in node_modules/.astro between builds).
  const changed = path.join(
    root,
    'content/articles',
    readdirSync(path.join(root, 'content/articles')).sort()[0]!,
  );
  appendFileSync(changed, '\nThe talks are expected to resume next week.\n');
  const second = timed(ASTRO, ['build'], root);
  result.second = { run: second, phases: phases(second.log) };
  results.push(result);
  const r = result;
  console.log(
    `\n${articles} articles: build ${r.build.seconds.toFixed(1)} s, Pagefind ${r.index.seconds.toFixed(1)} s, ${pages} pages, dist ${mb(r.dist)}, index ${mb(r.pagefind)}, peak memory ${(r.build.peakMiB / 1024).toFixed(2)} GiB (Pagefind ${(r.index.peakMiB / 1024).toFixed(2)} GiB)`,
  );
  console.log(
    `  per article: ${((1000 * r.build.seconds) / articles).toFixed(1)} ms build, ${((1000 * (r.build.seconds + r.index.seconds)) / articles).toFixed(1)} ms with Pagefind; ${(pages / articles).toFixed(1)} pages and ${(r.dist / articles / 1024).toFixed(0)} KB of dist per article`,
  );
  console.log(
    `  phases: content sync and analysis ${r.phases.sync.toFixed(1)} s (${r.phases.analysed} analysed), bundling ${r.phases.entrypoints.toFixed(1)} s, page generation ${r.phases.routes.toFixed(1)} s`,
  );
  // Several pages are in flight at once (build.concurrency): each page's time includes waiting for the
  // others, so these sums are time in flight and add up to more than the phase's wall time.
  console.log('    time in flight by kind of page (pages overlap):');
  for (const [kind, row] of [...r.phases.byKind].sort((a, b) => b[1].ms - a[1].ms))
    console.log(
      `    ${kind.padEnd(20)} ${String(row.pages).padStart(6)} pages ${(row.ms / 1000).toFixed(1).padStart(7)} s  ${(row.ms / row.pages).toFixed(2)} ms/page`,
    );
  const s = r.second!;
  const incremental = s.phases.analysed < articles;
  console.log(
    `  second build, one article changed: ${s.run.seconds.toFixed(1)} s (content sync ${s.phases.sync.toFixed(1)} s; ${Number.isNaN(s.phases.analysed) ? 'analysis count not reported' : `${s.phases.analysed} of ${articles} articles analysed`}): ${incremental ? 'incremental' : 'NOT incremental yet: every article was analysed again'}`,
  );
  if (!values['no-search'] && n === Math.max(...sizes)) {
    // The second build left dist/ without its index: index it again before searching.
    timed(PAGEFIND, ['--site', 'dist'], root);
    console.log(`  search latency on this site:`);
    spawnSync(process.execPath, ['bench/search-latency.ts', '--dist', dist, '--runs', '7'], {
      stdio: 'inherit',
    });
  }
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.log(`  kept: ${root}`);
}

if (results.length > 1) {
  const [a, b] = [results[0]!, results.at(-1)!];
  const per = (r: Result) => r.build.seconds / r.articles;
  const ratio = per(b) / per(a);
  console.log(
    `\ngrowth from ${a.articles} to ${b.articles} articles (${(b.articles / a.articles).toFixed(1)}x): per-article build cost ${ratio.toFixed(2)}x (target <= 1.2x: ${ratio <= 1.2 ? 'met' : 'NOT met'}), peak memory ${(b.build.peakMiB / 1024).toFixed(2)} GiB (target < 3 GiB: ${b.build.peakMiB < 3072 ? 'met' : 'NOT met'})`,
  );
  const perPage = (r: Result, kind: string) => {
    const row = r.phases.byKind.get(kind);
    return row ? row.ms / row.pages : NaN;
  };
  for (const kind of b.phases.byKind.keys())
    console.log(
      `  ${kind.padEnd(20)} ${perPage(a, kind).toFixed(2)} -> ${perPage(b, kind).toFixed(2)} ms/page (${(perPage(b, kind) / perPage(a, kind)).toFixed(2)}x)`,
    );
  console.log(
    `  content sync per article ${((1000 * a.phases.sync) / a.articles).toFixed(1)} -> ${((1000 * b.phases.sync) / b.articles).toFixed(1)} ms`,
  );
}
