/**
 * Trains the confidence model on PolNeAR train (never dev) and writes src/analysis/confidence-weights.ts.
 *
 * Each attribution the gold can judge (a found direct quote with an annotated Source, a reported statement
 * whose clause the gold reports) is one example: the features of `src/analysis/confidence-features.ts`, and
 * whether the engine's speaker mention overlaps the annotated Source (or is the person a Source "who" stands
 * for, the annotators' convention for "X, a nurse, who said"). A logistic regression with an L2
 * penalty (chosen by 5-fold cross-validation by article) is fitted; the thresholds are chosen on the
 * cross-validated probabilities of direct quotes, so they hold for articles the model has not seen:
 *   high   the largest share of quotes that is at least 97.5 % right,
 *   medium the largest further share that is at least 88 % right, low the rest.
 * Deterministic: the same engine and corpus give the same file.
 *
 *   node bench/polnear-calibrate.ts [--dry-run] [--dev]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCli } from '../scripts/cli.ts';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import type { Features } from '../src/analysis/confidence-features.ts';
import type { ConfidenceModel } from '../src/analysis/confidence.ts';
import { probabilityOf, UNJUDGED_RISKS } from '../src/analysis/confidence.ts';
import type { Quote } from '../src/analysis/types.ts';
import { namedWeights, round, strongest, weightEntries } from './confidence/weights-file.ts';
import { fitLogistic, logLoss, predict, type Example, type Fit } from './confidence/logistic.ts';
import { levelCounts, shareAt, thresholdFor, type Scored } from './confidence/thresholds.ts';
import { articleInput, corpusDir, readSplit, type Range } from './polnear/corpus.ts';
import { scoreArticle } from './polnear/score.ts';
import { FOLDS, foldsByArticle, registry, root, trainerOptions, vocabulary } from './polnear/trainer.ts';

const { values } = parseCli({
  usage:
    'node bench/polnear-calibrate.ts [--dry-run] [--dev]\n' +
    'Trains the confidence model on PolNeAR train and rewrites src/analysis/confidence-weights.ts.',
  options: trainerOptions('the levels'),
});
const HIGH_PRECISION = 0.975;
const MEDIUM_PRECISION = 0.88;
const LAMBDAS = [0.0001, 0.0003, 0.001, 0.003];

interface Row {
  article: string;
  reported: boolean;
  features: Features;
  right: boolean;
}

/**
 * True when the annotated Source is a relative pronoun ("Ana Ruiz, a nurse, who said …") and the engine's
 * mention is the person it stands for, just before it in the sentence: the annotators' convention, not an
 * error of the engine.
 */
function relativeSource(text: string, mention: Range | null, source: Range[]): boolean {
  if (!mention || source.length !== 1) return false;
  const s = source[0]!;
  if (!/^(?:who|which|that)$/i.test(text.slice(s.start, s.end).trim()) || mention.end > s.start) return false;
  return /^[^.;!?“”"\n]{0,120},\s*$/.test(text.slice(mention.end, s.start));
}

/** The judged attributions of a split with their features. */
function collect(split: string): Row[] {
  const rows: Row[] = [];
  for (const article of readSplit(corpusDir(root), split)) {
    const features = new Map<Quote, Features>();
    const analysis = analyzeArticle(articleInput(article), registry, (q, f) => features.set(q, f));
    scoreArticle(article, analysis, [], (q, agree, mention, source) => {
      const f = features.get(q);
      const right = agree || relativeSource(article.text, mention, source);
      if (f) rows.push({ article: article.name, reported: q.kind === 'reported', features: f, right });
    });
  }
  return rows;
}

const train = collect('train');
const { names, vector } = vocabulary(train.map((r) => r.features));
const examples: Example[] = train.map((r) => ({ x: vector(r.features), y: r.right ? 1 : 0 }));

const foldOf = foldsByArticle(train);
const fold = train.map((r) => foldOf.get(r.article)!);

/** Cross-validated probability of every train example, and the mean log loss, for one penalty. */
function crossValidate(lambda: number): { p: number[]; loss: number } {
  const p = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const fit = fitLogistic(
      examples.filter((_, i) => fold[i] !== k),
      lambda,
    );
    examples.forEach((e, i) => {
      if (fold[i] === k) p[i] = predict(fit, e.x);
    });
  }
  const loss =
    -examples.reduce(
      (s, e, i) => s + Math.log(e.y ? Math.max(p[i]!, 1e-12) : Math.max(1 - p[i]!, 1e-12)),
      0,
    ) / examples.length;
  return { p, loss };
}

let best: { lambda: number; p: number[]; loss: number } | null = null;
for (const lambda of LAMBDAS) {
  const cv = crossValidate(lambda);
  console.log(`L2 ${lambda}: cross-validated log loss ${cv.loss.toFixed(4)}`);
  if (!best || cv.loss < best.loss) best = { lambda, ...cv };
}
const { lambda, p: cvP } = best!;

const scoredOf = (r: Row, p: number): Scored => ({
  p,
  right: r.right,
  capped: UNJUDGED_RISKS.some((risk) => r.features[risk]),
});
const direct = (rows: Row[], p: number[]): Scored[] =>
  rows.flatMap((r, i) => (r.reported ? [] : [scoredOf(r, p[i]!)]));
const reported = (rows: Row[], p: number[]): Scored[] =>
  rows.flatMap((r, i) => (r.reported ? [scoredOf(r, p[i]!)] : []));

const cvDirect = direct(train, cvP);
const high = round(thresholdFor(cvDirect, HIGH_PRECISION));
const medium = round(thresholdFor(cvDirect, MEDIUM_PRECISION, high));

const fit: Fit = fitLogistic(examples, lambda);
const weights = namedWeights(fit, names);
const model: ConfidenceModel = { bias: round(fit.bias), weights, thresholds: { high, medium } };

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : 'n/a');
function report(title: string, scored: Scored[]): void {
  const levels = levelCounts(scored, model.thresholds);
  const right = scored.filter((s) => s.right).length;
  const capped = scored.filter((s) => s.capped && s.p >= model.thresholds.high).length;
  console.log(
    `\n${title}: ${scored.length} attributions, ${pct(right, scored.length)} right; ` +
      `${capped} kept below high (${UNJUDGED_RISKS.join(', ')})`,
  );
  for (const [level, c] of Object.entries(levels))
    console.log(
      `  ${level.padEnd(7)} precision ${pct(c.right, c.n).padStart(7)}, share ${pct(c.n, scored.length)}`,
    );
  const curve = [0.9, 0.93, 0.95, 0.97, 0.98, 0.99].map((q) => `${q * 100} %: ${pct(shareAt(scored, q), 1)}`);
  console.log(`  largest share at precision ${curve.join(', ')}`);
}
const modelP = (rows: Row[]) => rows.map((r) => probabilityOf(r.features, model));

console.log(
  `\ntrain: ${train.length} judged attributions (${cvDirect.length} direct quotes), ` +
    `${names.length} features, L2 ${lambda}; thresholds high ${high}, medium ${medium}`,
);
report('train, direct quotes, cross-validated (5 folds by article)', cvDirect);
report('train, direct quotes, fitted model', direct(train, modelP(train)));
report('train, reported statements, cross-validated', reported(train, cvP));
if (values.dev) {
  const dev = collect('dev');
  const p = modelP(dev);
  report('dev, direct quotes (measured, not tuned on)', direct(dev, p));
  report('dev, reported statements', reported(dev, p));
}
console.log(
  `\nstrongest weights: ${strongest(weights)}; log loss of the fit on train ${logLoss(fit, examples).toFixed(4)}`,
);

const file = path.join(root, 'src/analysis/confidence-weights.ts');
const body = weightEntries(weights);
const source = `/**
 * The confidence model's weights and thresholds, learned on PolNeAR train by bench/polnear-calibrate.ts
 * (which writes this file; do not edit by hand): logistic regression over the features of
 * confidence-features.ts, L2 ${lambda}, on ${train.length} judged attributions. Thresholds from 5-fold
 * cross-validation by article: high where quotes are ${HIGH_PRECISION * 100} % right, medium ${MEDIUM_PRECISION * 100} %.
 */
import type { ConfidenceModel } from './confidence.ts';

export const CONFIDENCE_MODEL: ConfidenceModel = {
  bias: ${model.bias},
  thresholds: { high: ${high}, medium: ${medium} },
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
