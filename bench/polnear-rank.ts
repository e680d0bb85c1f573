/**
 * Trains the speaker ranking on PolNeAR train (never dev) and writes src/analysis/speaker-ranking-weights.ts.
 *
 * Each direct quote the rules attribute through a cue, with at least two candidate cues
 * (`src/analysis/speaker-ranking.ts`), is one ranking problem: every candidate is an example with its
 * features, right when its subject overlaps the annotated Source. A logistic regression with an L2 penalty
 * is fitted on the problems that have a right candidate; the candidate with the highest score replaces the
 * rules' pick when it beats it by a margin. Penalty and margin are chosen by 5-fold cross-validation by
 * article on how many quotes end up with a right mention. Deterministic: the same engine and corpus give
 * the same file. The rules' own pick is a feature, so the model learns when to overrule them.
 *
 *   node bench/polnear-rank.ts [--dry-run] [--dev]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCli } from '../scripts/cli.ts';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import type { Features } from '../src/analysis/confidence-features.ts';
import type { RankingModel } from '../src/analysis/speaker-ranking.ts';
import type { RankedCandidate } from '../src/analysis/stages/attribution.ts';
import type { Quote } from '../src/analysis/types.ts';
import { namedWeights, round, strongest, weightEntries } from './confidence/weights-file.ts';
import { fitLogistic, logOddsOf, type Example, type Fit } from './confidence/logistic.ts';
import { articleInput, articleRange, corpusDir, readSplit } from './polnear/corpus.ts';
import { overlap } from './polnear/gold.ts';
import { scoreArticle } from './polnear/score.ts';
import { FOLDS, foldsByArticle, registry, root, trainerOptions, vocabulary } from './polnear/trainer.ts';

const { values } = parseCli({
  usage:
    'node bench/polnear-rank.ts [--dry-run] [--dev]\n' +
    'Trains the speaker ranking on PolNeAR train and rewrites src/analysis/speaker-ranking-weights.ts.',
  options: trainerOptions('the ranking'),
});
const LAMBDAS = [0.001, 0.003, 0.01, 0.03];
const MARGINS = [0, 0.5, 1, 1.5, 2, 3];
const EMPTY: RankingModel = { bias: 0, margin: 0, weights: {} };

interface Problem {
  article: string;
  candidates: { features: Features; right: boolean; rule: boolean }[];
}

/** The ranking problems of a split, the rules alone picking (the committed model switched off). */
function collect(split: string): Problem[] {
  const problems: Problem[] = [];
  for (const article of readSplit(corpusDir(root), split)) {
    const seen = new Map<Quote, RankedCandidate[]>();
    const analysis = analyzeArticle(articleInput(article), registry, undefined, {
      model: EMPTY,
      observe: (q, cands) => seen.set(q, cands),
    });
    const judged = new Set<Quote>();
    scoreArticle(article, analysis, [], (q, _agree, _mention, source) => {
      const cands = seen.get(q);
      if (!cands || judged.has(q)) return;
      judged.add(q);
      const rule = q.evidence?.mention;
      problems.push({
        article: article.name,
        candidates: cands.map((c) => ({
          features: c.features,
          right: overlap(articleRange(article, c.mention), source) > 0,
          rule: !!rule && rule.start === c.mention.start && rule.paragraph === c.mention.paragraph,
        })),
      });
    });
  }
  return problems;
}

const train = collect('train');
const { names, vector } = vocabulary(train.flatMap((p) => p.candidates.map((c) => c.features)));
const foldOf = foldsByArticle(train);

const learnable = (p: Problem) => p.candidates.some((c) => c.right);
const examplesOf = (ps: Problem[]): Example[] =>
  ps
    .filter(learnable)
    .flatMap((p) => p.candidates.map((c) => ({ x: vector(c.features), y: c.right ? 1 : 0 })));
const score = (fit: Fit, f: Features) => logOddsOf(fit, vector(f));

/** Whether the ranked pick is right for a problem, under a margin over the rules' pick. */
function pickRight(p: Problem, z: number[], margin: number): boolean {
  const r = p.candidates.findIndex((c) => c.rule);
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[best]!) best = i;
  const pick = r >= 0 && (best === r || z[best]! - z[r]! <= margin) ? r : best;
  return p.candidates[pick]!.right;
}

const ruleRight = (ps: Problem[]) => ps.filter((p) => p.candidates.some((c) => c.rule && c.right)).length;
const oracle = (ps: Problem[]) => ps.filter(learnable).length;

/** Cross-validated scores of every candidate for one penalty. */
function crossValidate(lambda: number): number[][] {
  const z: number[][] = train.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const fit = fitLogistic(examplesOf(train.filter((p) => foldOf.get(p.article) !== k)), lambda);
    train.forEach((p, i) => {
      if (foldOf.get(p.article) === k) z[i] = p.candidates.map((c) => score(fit, c.features));
    });
  }
  return z;
}

console.log(
  `train: ${train.length} quotes with 2+ candidate cues; rules right ${ruleRight(train)}, ` +
    `some candidate right ${oracle(train)}; ${names.length} features`,
);
let best: { lambda: number; margin: number; right: number } | null = null;
for (const lambda of LAMBDAS) {
  const z = crossValidate(lambda);
  const line: string[] = [];
  for (const margin of MARGINS) {
    const right = train.filter((p, i) => pickRight(p, z[i]!, margin)).length;
    line.push(`margin ${margin}: ${right}`);
    if (!best || right > best.right) best = { lambda, margin, right };
  }
  console.log(`L2 ${lambda}, cross-validated right: ${line.join(', ')}`);
}
const { lambda, margin } = best!;
const fit = fitLogistic(examplesOf(train), lambda);
const weights = namedWeights(fit, names);
const model: RankingModel = { bias: round(fit.bias), margin, weights };
const fitted = train.filter((p) =>
  pickRight(
    p,
    p.candidates.map((c) => score(fit, c.features)),
    margin,
  ),
);
console.log(
  `chosen: L2 ${lambda}, margin ${margin}; cross-validated ${best!.right} right against the rules' ` +
    `${ruleRight(train)}; fitted on all of train ${fitted.length}`,
);
if (values.dev) {
  const dev = collect('dev');
  const right = dev.filter((p) =>
    pickRight(
      p,
      p.candidates.map((c) => score(fit, c.features)),
      margin,
    ),
  );
  console.log(
    `dev (measured, not tuned on): ${dev.length} quotes with 2+ candidates; rules right ${ruleRight(dev)}, ` +
      `ranking right ${right.length}, some candidate right ${oracle(dev)}`,
  );
}
console.log(`strongest weights: ${strongest(weights)}`);

const file = path.join(root, 'src/analysis/speaker-ranking-weights.ts');
const body = weightEntries(weights);
const source = `/**
 * The speaker-ranking model's weights, learned on PolNeAR train by bench/polnear-rank.ts (which writes this
 * file; do not edit by hand): logistic regression over the features of speaker-ranking.ts, L2 ${lambda}, on
 * ${train.length} quotes with two or more candidate cues; margin over the rules' pick from 5-fold
 * cross-validation by article.
 */
import type { RankingModel } from './speaker-ranking.ts';

export const SPEAKER_RANKING_MODEL: RankingModel = {
  bias: ${model.bias},
  margin: ${margin},
  weights: {
${body}
  },
};
`;
if (values['dry-run']) console.log('\n(dry run: the model was not written)');
else {
  fs.writeFileSync(file, source);
  console.log(`\nwrote ${path.relative(root, file)}`);
}
