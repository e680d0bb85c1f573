/**
 * Trains the fallback speaker on PolNeAR train (never dev) and writes src/analysis/fallback-speaker-weights.ts.
 *
 * Each found direct quote with an annotated Source that the rules leave with no speaker is one problem: its
 * fallback candidates (`src/analysis/fallback-speaker.ts`) are examples with their features, right when the
 * mention overlaps the Source. A logistic regression with an L2 penalty is fitted on every candidate; the
 * best candidate speaks when its probability reaches a threshold. Penalty and threshold are chosen by 5-fold
 * cross-validation by article on right guesses minus wrong ones (a guess must be likelier right than wrong
 * to be worth showing, even as low confidence). Deterministic: the same engine and corpus give the same file.
 *
 *   node bench/polnear-fallback.ts [--dry-run] [--dev]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCli } from '../scripts/cli.ts';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import type { Features } from '../src/analysis/confidence-features.ts';
import type { FallbackModel } from '../src/analysis/fallback-speaker.ts';
import type { FallbackObserved } from '../src/analysis/stages/fallback.ts';
import type { Quote } from '../src/analysis/types.ts';
import { namedWeights, round, strongest, weightEntries } from './confidence/weights-file.ts';
import { fitLogistic, predict, type Example, type Fit } from './confidence/logistic.ts';
import { articleInput, articleRange, corpusDir, readSplit } from './polnear/corpus.ts';
import { goldQuotes, overlap } from './polnear/gold.ts';
import { FOLDS, foldsByArticle, registry, root, trainerOptions, vocabulary } from './polnear/trainer.ts';

const { values } = parseCli({
  usage:
    'node bench/polnear-fallback.ts [--dry-run] [--dev]\n' +
    'Trains the fallback speaker on PolNeAR train and rewrites src/analysis/fallback-speaker-weights.ts.',
  options: trainerOptions('the fallback'),
});
const LAMBDAS = [0.001, 0.003, 0.01, 0.03];
const THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const OFF: FallbackModel = { bias: 0, threshold: 1, weights: {} };

interface Problem {
  article: string;
  candidates: { features: Features; right: boolean }[];
}

/** The no-speaker problems of a split, the fallback switched off (one per annotated quote, as scored). */
function collect(split: string): Problem[] {
  const problems: Problem[] = [];
  for (const article of readSplit(corpusDir(root), split)) {
    const seen = new Map<Quote, FallbackObserved[]>();
    const analysis = analyzeArticle(articleInput(article), registry, undefined, {
      fallback: { model: OFF, observe: (q, cands) => seen.set(q, cands) },
    });
    const parts = analysis.quotes
      .filter((q) => q.kind !== 'reported')
      .flatMap((q) => q.parts.map((p) => ({ quote: q, range: articleRange(article, p) })));
    for (const g of goldQuotes(article)) {
      const source = g.attribution?.source;
      if (!source) continue;
      const match = parts
        .map((p) => ({ ...p, shared: overlap(g, [p.range]) }))
        .filter((p) => p.shared > 0)
        .sort((a, b) => b.shared - a.shared)[0];
      const cands = match && match.quote.kind === 'direct' ? seen.get(match.quote) : undefined;
      if (!cands) continue;
      problems.push({
        article: article.name,
        candidates: cands.map((c) => ({
          features: c.features,
          right: overlap(articleRange(article, c.mention), source) > 0,
        })),
      });
    }
  }
  return problems;
}

const train = collect('train');
const { names, vector } = vocabulary(train.flatMap((p) => p.candidates.map((c) => c.features)));
const foldOf = foldsByArticle(train);
const examplesOf = (ps: Problem[]): Example[] =>
  ps.flatMap((p) => p.candidates.map((c) => ({ x: vector(c.features), y: c.right ? 1 : 0 })));
const prob = (fit: Fit, f: Features) => predict(fit, vector(f));

/** The best candidate's probability and whether it is right (null: no candidate). */
type Best = { p: number; right: boolean } | null;
function bestOf(p: Problem, ps: number[]): Best {
  let best = -1;
  for (let i = 0; i < ps.length; i++) if (best < 0 || ps[i]! > ps[best]!) best = i;
  return best < 0 ? null : { p: ps[best]!, right: p.candidates[best]!.right };
}
function tally(bests: Best[], threshold: number): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const b of bests)
    if (b && b.p >= threshold) {
      if (b.right) right++;
      else wrong++;
    }
  return { right, wrong };
}

const oracle = (ps: Problem[]) => ps.filter((p) => p.candidates.some((c) => c.right)).length;
console.log(
  `train: ${train.length} no-speaker quotes, ${train.filter((p) => p.candidates.length).length} with ` +
    `candidates, some candidate right ${oracle(train)}; ${names.length} features`,
);
let best: { lambda: number; threshold: number; gain: number; right: number; wrong: number } | null = null;
for (const lambda of LAMBDAS) {
  const bests: Best[] = train.map(() => null);
  for (let k = 0; k < FOLDS; k++) {
    const fit = fitLogistic(examplesOf(train.filter((p) => foldOf.get(p.article) !== k)), lambda);
    train.forEach((p, i) => {
      if (foldOf.get(p.article) === k)
        bests[i] = bestOf(
          p,
          p.candidates.map((c) => prob(fit, c.features)),
        );
    });
  }
  const line: string[] = [];
  for (const threshold of THRESHOLDS) {
    const { right, wrong } = tally(bests, threshold);
    line.push(`${threshold}: +${right} -${wrong}`);
    if (!best || right - wrong > best.gain) best = { lambda, threshold, gain: right - wrong, right, wrong };
  }
  console.log(`L2 ${lambda}, cross-validated right/wrong by threshold: ${line.join(', ')}`);
}
const { lambda, threshold } = best!;
const fit = fitLogistic(examplesOf(train), lambda);
const weights = namedWeights(fit, names);
const model: FallbackModel = { bias: round(fit.bias), threshold, weights };
console.log(
  `chosen: L2 ${lambda}, threshold ${threshold}; cross-validated ${best!.right} right, ${best!.wrong} wrong`,
);
if (values.dev) {
  const dev = collect('dev');
  const t = tally(
    dev.map((p) =>
      bestOf(
        p,
        p.candidates.map((c) => prob(fit, c.features)),
      ),
    ),
    threshold,
  );
  console.log(
    `dev (measured, not tuned on): ${dev.length} no-speaker quotes, some candidate right ${oracle(dev)}; ` +
      `fallback right ${t.right}, wrong ${t.wrong}`,
  );
}
console.log(`strongest weights: ${strongest(weights)}`);

const file = path.join(root, 'src/analysis/fallback-speaker-weights.ts');
const source = `/**
 * The fallback speaker model's weights, learned on PolNeAR train by bench/polnear-fallback.ts (which writes
 * this file; do not edit by hand): logistic regression over the features of fallback-speaker.ts, L2
 * ${lambda}, on the candidates of ${train.length} quotes the rules leave with no speaker; threshold from
 * 5-fold cross-validation by article (right guesses minus wrong ones).
 */
import type { FallbackModel } from './fallback-speaker.ts';

export const FALLBACK_SPEAKER_MODEL: FallbackModel = {
  bias: ${model.bias},
  threshold: ${threshold},
  weights: {
${weightEntries(weights)}
  },
};
`;
if (values['dry-run']) console.log('\n(dry run: the model was not written)');
else {
  fs.writeFileSync(file, source);
  console.log(`\nwrote ${path.relative(root, file)}`);
}
