/**
 * Speed budgets: every page type through Lighthouse (mobile defaults: simulated slow 4G and a 4x
 * slower CPU) in the Debian Chromium, median of N runs, against the built site served as a static
 * host serves it (compressed, with the headers from dist/_headers). Every run is a first visit: a fresh
 * Chromium, so no cache and no connection whose header table (HPACK) already holds the site's long
 * headers, which would take about 0.8 KB off the article's count. Prints, per page type, the four
 * category scores, LCP, CLS, the bytes transferred on load, requests, and JavaScript files fetched
 * before any interaction, each checked against its budget:
 *   article <= 16 KB in <= 4 requests, other pages <= 24 KB; 0 JavaScript files before interaction;
 *   CLS 0; 100 in all four categories; LCP <= 800 ms.
 *   node bench/lighthouse.ts [--runs 3] [--page article] …   (after npm run build)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { parseCli } from '../scripts/cli.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser.ts';
import { PAGE_TYPES } from '../tests/e2e/page-types.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';

const { values } = parseCli({
  usage:
    'node bench/lighthouse.ts [--runs 3] [--page article --page actors …] [--http1]   (after npm run build)\n' +
    'Every page type through Lighthouse, checked against the speed budgets.',
  options: {
    runs: { type: 'string', default: '3', description: 'runs per page (the median is reported)' },
    http1: { type: 'boolean', default: false, description: 'serve over HTTP/1.1 instead of HTTP/2' },
    page: { type: 'string', multiple: true, description: 'only these page types (repeatable)' },
    'cpu-slowdown': {
      type: 'string',
      default: '4',
      description:
        "the simulated CPU slowdown (Lighthouse's mobile default is 4, which assumes a host with a " +
        'benchmark index of 1500-2000; the budgets are judged at 4 only)',
    },
  },
});
const pagesWanted = values.page as unknown as string[] | undefined;
const runs = Number(values.runs);
const cpuSlowdown = Number(values['cpu-slowdown']);
// The 404 page is left out: Lighthouse's SEO category fails any page answered with 404, by design.
const pages = Object.entries(PAGE_TYPES).filter(
  ([name]) => name !== 'notFound' && (!pagesWanted || pagesWanted.includes(name)),
);

interface Run {
  scores: Record<string, number>;
  lcp: number;
  cls: number;
  bytes: number;
  requests: number;
  scripts: number;
  failing: string[];
  /** Lighthouse's measure of this host's CPU (a high-end desktop scores 1500-2000). */
  benchmarkIndex: number;
}

interface NetworkItem {
  url: string;
  transferSize?: number;
  resourceType?: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// HTTP/2 with TLS, as hosts serve pages (headers compressed); --http1 for the plain test server.
const server = await serveStatic('dist', { http2: !values.http1 });
/** A fresh Chromium for each run: a first visit, with nothing cached and no open connection. */
const launchChrome = () =>
  chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [
      ...CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
      // The bench server's certificate is a throwaway self-signed one.
      ...(values.http1 ? [] : ['--ignore-certificate-errors']),
    ],
  });

/** The body of one GET, sent compressed as a browser asks for it; the test certificate is accepted. */
function get(url: string): Promise<string> {
  const client = url.startsWith('https:') ? https : http;
  const headers = { 'accept-encoding': 'br, gzip' };
  return new Promise((resolve, reject) => {
    client
      .get(url, { headers, rejectUnauthorized: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const plain =
            encoding === 'br'
              ? zlib.brotliDecompressSync(body)
              : encoding === 'gzip'
                ? zlib.gunzipSync(body)
                : body;
          resolve(plain.toString('utf8'));
        });
      })
      .on('error', reject);
  });
}

/**
 * Asks for the page and its stylesheets once before Lighthouse does. Lighthouse's simulation takes the
 * server's response time from what it observes, and this Node server's first answer (its compressor and
 * code still cold) takes 30-70 ms where a static host answers from its cache in a few: without this the
 * host's cold start, not the page, would be measured.
 */
async function warm(url: string): Promise<void> {
  const html = await get(url).catch(() => '');
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  await Promise.all(sheets.map((href) => get(new URL(href, url).toString()).catch(() => '')));
}

/** One Lighthouse run; a run that fails (a protocol timeout on a busy machine) is tried again, twice. */
async function audit(url: string, attempt = 1): Promise<Run> {
  try {
    return await auditOnce(url);
  } catch (error) {
    if (attempt >= 3) throw error;
    console.log(`  (${url}: ${String(error).slice(0, 120)}; trying again)`);
    return audit(url, attempt + 1);
  }
}

async function auditOnce(url: string): Promise<Run> {
  const chrome = await launchChrome();
  const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const };
  const config =
    cpuSlowdown === 4
      ? undefined
      : { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } };
  const result = await lighthouse(url, flags, config).finally(() => chrome.kill());
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] })?.items ?? []).filter(
    (i) => !i.url.startsWith('data:'),
  );
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  );
  // What kept a category below 100, for the reader of the table.
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}:${ref.id}`),
  );
  return {
    scores,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    bytes: items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
    requests: items.length,
    scripts: items.filter((i) => i.resourceType === 'Script').length,
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
console.log(
  `Lighthouse ${runs} run(s) per page, median, each a first visit in a fresh Chromium; ` +
    `${cpuSlowdown === 4 ? 'mobile defaults' : `mobile defaults but a ${cpuSlowdown}x CPU slowdown (budgets not judged)`}; ` +
    `${values.http1 ? 'HTTP/1.1' : 'HTTP/2 (TLS)'}, brotli; Chromium at ${findChromium()}`,
);
console.log(
  [
    'page'.padEnd(10),
    'perf a11y bp  seo',
    'LCP ms'.padStart(8),
    'CLS'.padStart(6),
    'transferred'.padStart(13),
    'requests',
    'JS before',
    'budgets',
  ].join('  '),
);
let allMet = true;
const benchmarkIndexes: number[] = [];
for (const [name, path] of pages) {
  const results: Run[] = [];
  const url = new URL(path, server.url).toString();
  await warm(url);
  for (let i = 0; i < runs; i++) results.push(await audit(url));
  benchmarkIndexes.push(...results.map((r) => r.benchmarkIndex));
  const m = {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(results.map((r) => r.scores[c]!))])),
    lcp: median(results.map((r) => r.lcp)),
    cls: median(results.map((r) => r.cls)),
    bytes: median(results.map((r) => r.bytes)),
    requests: median(results.map((r) => r.requests)),
    scripts: Math.max(...results.map((r) => r.scripts)),
  };
  const isArticle = name === 'article';
  const budgets = {
    weight: m.bytes <= (isArticle ? 16 : 24) * 1024 && (!isArticle || m.requests <= 4),
    js: m.scripts === 0,
    cls: m.cls === 0,
    scores: CATEGORIES.every((c) => m.scores[c] === 100),
    lcp: m.lcp <= 800,
  };
  const met = Object.values(budgets).every(Boolean);
  allMet &&= met;
  console.log(
    [
      name.padEnd(10),
      CATEGORIES.map((c) => String(m.scores[c]).padStart(3)).join('  '),
      m.lcp.toFixed(0).padStart(8),
      m.cls.toFixed(3).padStart(6),
      kb(m.bytes).padStart(13),
      String(m.requests).padStart(8),
      String(m.scripts).padStart(9),
      `weight ${mark(budgets.weight)} js ${mark(budgets.js)} cls ${mark(budgets.cls)} scores ${mark(budgets.scores)} lcp ${mark(budgets.lcp)}`,
    ].join('  '),
  );
  const failing = [...new Set(results.flatMap((r) => r.failing))];
  if (failing.length) console.log(`            below 100 in some run: ${failing.join(', ')}`);
}
console.log(
  `this host's Lighthouse benchmark index: median ${median(benchmarkIndexes).toFixed(0)} ` +
    `(${Math.min(...benchmarkIndexes).toFixed(0)}-${Math.max(...benchmarkIndexes).toFixed(0)}); ` +
    "the 4x default assumes 1500-2000 (Lighthouse's docs/throttling.md)",
);
if (cpuSlowdown !== 4) console.log('budgets not judged: the CPU slowdown is not the mobile default');
else console.log(allMet ? 'every budget met' : 'some budgets not met (✗ above)');
await server.close();
