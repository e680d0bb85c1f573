/**
 * Precision/recall of speaker attribution and of mentions on the hand-labelled texts in
 * tests/fixtures/labelled/*.json (registry: tests/fixtures/registry). Not the seed.
 * Run: node bench/attribution-accuracy.ts [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import { normQuotes } from '../src/analysis/text.ts';
import { loadRegistry } from '../src/registry/load.ts';

interface LabelledQuote { paragraph: number; start: string; speaker: string | null; kind: 'direct' | 'scare' }
interface Item { id: string; paragraphs: string[]; quotes: LabelledQuote[]; mentions: { paragraph: number; actors: string[]; conflicts: string[] }[] }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'tests/fixtures/labelled');
const registry = loadRegistry(path.join(root, 'tests/fixtures/registry'));
const verbose = process.argv.includes('--verbose');
const norm = (s: string) => normQuotes(s).toLowerCase();

let attrTP = 0, attrPred = 0, attrGold = 0;
let kindOk = 0, kindTotal = 0;
let menTP = 0, menPred = 0, menGold = 0;
const misses: string[] = [];

const perFile: string[] = [];
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
  const before = { attrTP, attrPred, attrGold, menTP, menPred, menGold };
  const items = (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { items: Item[] }).items;
  for (const it of items) {
    const a = analyzeArticle({ file: it.id, blocks: it.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })) }, registry);
    const predicted = a.quotes.filter((q) => q.kind !== 'reported');
    const matched = new Set<string>();
    for (const g of it.quotes) {
      // a labelled quote is found if a predicted quote (or one of its parts) starts with its opening words
      const p = predicted.find((q) => q.parts.some((pt) => pt.paragraph === g.paragraph && norm(it.paragraphs[pt.paragraph - 1]!.slice(pt.start)).startsWith(norm(g.start))));
      kindTotal++;
      if (p && p.kind === g.kind) kindOk++;
      const got = p && p.kind === 'direct' ? p.speaker.id ?? p.speaker.name : null;
      if (p) matched.add(p.id);
      if (g.kind === 'direct' && g.speaker) attrGold++;
      if (got) attrPred++;
      if (got && got === g.speaker) attrTP++;
      if ((got ?? null) !== (g.kind === 'direct' ? g.speaker : null) || (p?.kind ?? 'missing') !== g.kind) misses.push(`${it.id} P${g.paragraph} “${g.start}…”: expected ${g.kind}/${g.speaker}, got ${p?.kind ?? 'missing'}/${got}`);
    }
    for (const q of predicted) {
      if (matched.has(q.id)) continue;
      const got = q.kind === 'direct' ? q.speaker.id ?? q.speaker.name : null;
      if (got) attrPred++;
      misses.push(`${it.id} P${q.paragraph} extra quote “${q.text.slice(0, 30)}” (${q.kind}/${got})`);
    }
    for (const m of it.mentions) {
      const got = a.mentions.find((x) => x.paragraph === m.paragraph) ?? { actors: [], conflicts: [] };
      const gs = new Set([...m.actors, ...m.conflicts]);
      const ps = new Set([...got.actors, ...got.conflicts]);
      menGold += gs.size;
      menPred += ps.size;
      for (const x of ps) if (gs.has(x)) menTP++;
      for (const x of ps) if (!gs.has(x)) misses.push(`${it.id} P${m.paragraph} extra mention ${x}`);
      for (const x of gs) if (!ps.has(x)) misses.push(`${it.id} P${m.paragraph} missed mention ${x}`);
    }
  }
  const p = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : 'n/a');
  perFile.push(
    `${f}: attribution P ${p(attrTP - before.attrTP, attrPred - before.attrPred)} R ${p(attrTP - before.attrTP, attrGold - before.attrGold)}; ` +
      `mentions P ${p(menTP - before.menTP, menPred - before.menPred)} R ${p(menTP - before.menTP, menGold - before.menGold)}`,
  );
}
for (const l of perFile) console.log(l);

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : 'n/a');
console.log(`speaker attribution: precision ${pct(attrTP, attrPred)} (${attrTP}/${attrPred}), recall ${pct(attrTP, attrGold)} (${attrTP}/${attrGold})`);
console.log(`quote kind (direct/scare) accuracy: ${pct(kindOk, kindTotal)} (${kindOk}/${kindTotal})`);
console.log(`mentions: precision ${pct(menTP, menPred)} (${menTP}/${menPred}), recall ${pct(menTP, menGold)} (${menTP}/${menGold})`);
if (verbose || misses.length) for (const m of misses) console.log('  - ' + m);
