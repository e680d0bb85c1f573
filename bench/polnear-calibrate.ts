/**
 * Calibrates the analysis's confidence levels on PolNeAR train (never dev): for each kind of evidence ("<link>
 * <how>": the quote's cue is adjacent, in the sentence, the previous quote's, or only the sentence's subject;
 * the speaker reached by name, pronoun, description …) it measures how often the engine's speaker mention
 * agrees with the annotators' Source, and rewrites src/analysis/confidence-table.ts:
 *   high   where the lower bound of the agreement (Wilson, 95 %) is at least 93 %,
 *   medium where it is at least 85 %, low otherwise.
 *
 *   node bench/polnear-calibrate.ts [--dry-run]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli } from '../scripts/cli.ts';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import type { Confidence } from '../src/analysis/types.ts';
import { corpusDir, readSplit } from './polnear/corpus.ts';
import { addCounts, emptyCounts, scoreArticle } from './polnear/score.ts';

const { values } = parseCli({
  usage:
    'node bench/polnear-calibrate.ts [--dry-run]\n' +
    'Calibrates the confidence table on PolNeAR train and rewrites src/analysis/confidence-table.ts.',
  options: {
    'dry-run': { type: 'boolean', default: false, description: 'print the table, do not write it' },
  },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const registry = { actors: [], conflicts: [] };

const counts = emptyCounts();
for (const article of readSplit(corpusDir(root), 'train')) {
  const blocks = [
    { kind: 'heading' as const, depth: 2, text: article.headline.text },
    ...article.paragraphs.map((p) => ({ kind: 'paragraph' as const, text: p.text })),
  ];
  addCounts(counts, scoreArticle(article, analyzeArticle({ file: article.name, blocks }, registry), []));
}

/** Lower bound of the Wilson score interval (95 %): a proportion we can trust at this sample size. */
function wilsonLower(agree: number, n: number): number {
  if (!n) return 0;
  const z = 1.96;
  const p = agree / n;
  const centre = p + (z * z) / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre - margin) / (1 + (z * z) / n);
}

const table: [string, Confidence, string][] = Object.entries(counts.byEvidence)
  .sort((a, b) => b[1].n - a[1].n)
  .map(([cell, { n, agree }]) => {
    const lower = wilsonLower(agree, n);
    const level: Confidence = lower >= 0.93 ? 'high' : lower >= 0.85 ? 'medium' : 'low';
    return [
      cell,
      level,
      `${((100 * agree) / n).toFixed(1)} % of ${n}, lower bound ${(100 * lower).toFixed(1)} %`,
    ];
  });
for (const [cell, level, note] of table) console.log(`${cell.padEnd(34)} ${level.padEnd(7)} ${note}`);

const file = path.join(root, 'src/analysis/confidence-table.ts');
const body = table.map(([cell, level, note]) => `  // ${note}\n  '${cell}': '${level}',`).join('\n');
const source = `/**
 * Confidence by "<link> <how>" of an attribution's evidence, calibrated on PolNeAR train by
 * bench/polnear-calibrate.ts (which writes this file; do not edit by hand): high where the engine's speaker
 * agrees with the annotators' at a Wilson lower bound of at least 93 %, medium at 85 %. Not listed: low.
 */
import type { Confidence } from './types.ts';

export const CONFIDENCE_TABLE: Readonly<Record<string, Confidence>> = {
${body}
};
`;
if (values['dry-run']) console.log('\n(dry run: the table was not written)');
else {
  fs.writeFileSync(file, source);
  console.log(`\nwrote ${path.relative(root, file)}`);
}
