/**
 * The analysis on real news: scores the engine on PolNeAR (2016 US election coverage from seven outlets,
 * attributions annotated by other people), read from ../shared/corpora/polnear at run time.
 *
 *   node bench/polnear.ts [--split dev|train|all] [--errors <kind>] [--limit N] [--json]
 *
 * dev is the headline (measure there); train is for studying errors (--errors lists them; its text is
 * printed to the terminal only, never stored). Every article is analysed against an empty registry, as
 * an article the site has never seen.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import { articleInput, corpusDir, readSplit } from './polnear/corpus.ts';
import { helpText, parseCli } from '../scripts/cli.ts';
import { addCounts, emptyCounts, scoreArticle, type Counts, type Miss } from './polnear/score.ts';

const cli = {
  usage: 'node bench/polnear.ts [options]\nQuote detection and attribution scored on PolNeAR (real news).',
  options: {
    split: {
      type: 'string',
      description: 'which split to score: dev, train or all (default: dev; train with --errors)',
    },
    errors: {
      type: 'string',
      description:
        'list misses of one kind: not-found, called-scare, no-speaker, wrong-mention, wrong-name, all ' +
        '(train only unless --split says otherwise)',
    },
    limit: { type: 'string', default: '40', description: 'how many misses to list' },
    json: { type: 'boolean', default: false, description: 'print the counts as JSON' },
  },
} as const;
const { values } = parseCli(cli);
const HELP = helpText(cli);
// Misses are studied on train only: listing dev's would turn the held-out split into a tuning set.
const split = values.split ?? (values.errors ? 'train' : 'dev');
if (!['dev', 'train', 'all'].includes(split)) throw new Error(`--split must be dev, train or all\n${HELP}`);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = corpusDir(root);
const registry = { actors: [], conflicts: [] };

function score(split: string): { counts: Counts; misses: Miss[]; articles: number } {
  const counts = emptyCounts();
  const misses: Miss[] = [];
  const articles = readSplit(dir, split);
  for (const article of articles) {
    const t0 = performance.now();
    const analysis = analyzeArticle(articleInput(article), registry);
    const ms = performance.now() - t0;
    const c = scoreArticle(article, analysis, misses);
    c.ms = ms;
    addCounts(counts, c);
  }
  return { counts, misses, articles: articles.length };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
const ratio = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function table(split: string, c: Counts, articles: number): string {
  const rp = c.reportedEngine ? c.reportedMatchedEngine / c.reportedEngine : 0;
  const rr = c.reportedGold ? c.reportedMatchedGold / c.reportedGold : 0;
  const rows: [string, string, string][] = [
    ['quote detection: recall', ratio(c.found, c.inside), '>= 97 %'],
    [
      'quote detection: precision (direct inside an attribution)',
      ratio(c.engineDirectInside, c.engineDirect),
      '',
    ],
    ['partial quotes kept direct', ratio(c.keptDirect, c.found), '>= 90 %'],
    ['quotes outside attributions called scare', ratio(c.outsideScare, c.outsideFound), ''],
    ['source agreement (found direct quotes with a Source)', ratio(c.agree, c.withSource), '>= 90 %'],
    ['  attributed at all', ratio(c.attributed, c.withSource), ''],
    ['  agreement where attributed', ratio(c.agree, c.attributed), ''],
    ['speaker name (Source holds a proper name)', ratio(c.nameRight, c.named), '>= 90 %'],
    ['reported speech precision', ratio(c.reportedMatchedEngine, c.reportedEngine), ''],
    ['reported speech recall', ratio(c.reportedMatchedGold, c.reportedGold), ''],
    ['reported speech F1', f1(rp, rr).toFixed(2), '>= 0.60'],
  ];
  for (const level of ['high', 'medium', 'low'] as const) {
    const b = c.byConfidence[level];
    rows.push([
      `confidence ${level}: precision, share of attributed`,
      `${pct(b.agree, b.n)}, ${pct(b.n, c.attributed)}`,
      level === 'high' ? '>= 97 %, >= 70 %' : '',
    ]);
  }
  const reported = Object.values(c.reportedByConfidence).reduce((n, b) => n + b.n, 0);
  for (const level of ['high', 'medium', 'low'] as const) {
    const b = c.reportedByConfidence[level];
    rows.push([
      `reported speech ${level}: precision, share of judged`,
      `${pct(b.agree, b.n)}, ${pct(b.n, reported)}`,
      '',
    ]);
  }
  rows.push([
    'he/she speakers against their first name (all, high)',
    `${ratio(c.pronounClash, c.pronounSpeakers)}, ${c.pronounClashHigh} high`,
    '',
  ]);
  rows.push(['analyzeArticle per article', `${(c.ms / articles).toFixed(2)} ms`, '']);
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `PolNeAR ${split}: ${articles} articles, ${c.inside} quoted stretches inside attributions`,
    ...rows.map(([k, v, t]) => `  ${k.padEnd(width)}  ${v.padEnd(22)}${t ? `  target ${t}` : ''}`),
  ].join('\n');
}

const splits = split === 'all' ? ['dev', 'train'] : [split];
const results: Record<string, Counts> = {};
for (const name of splits) {
  const { counts, misses, articles } = score(name);
  results[name] = counts;
  if (!values.json) console.log(`${table(name, counts, articles)}\n`);
  if (values.errors) {
    const kind = values.errors.replace(/-/g, ' ');
    const chosen = misses.filter((m) => kind === 'all' || m.kind === kind).slice(0, Number(values.limit));
    for (const m of chosen) {
      console.log(`[${m.kind}] ${m.article}\n  quote: ${m.quote.slice(0, 90)}`);
      console.log(`  gold source: ${m.gold || '(none)'} | engine: ${m.engine}`);
      console.log(`  ¶ ${m.paragraph.slice(0, 400)}\n`);
    }
    const byKind = new Map<string, number>();
    for (const m of misses) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
    console.log(`misses on ${name}: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  }
}
if (values.json) console.log(JSON.stringify(results, null, 2));
