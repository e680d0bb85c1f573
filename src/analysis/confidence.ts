/**
 * Confidence of an attribution from a logistic model: the probability that the engine's speaker mention is
 * the one a careful reader would name, from the features of `confidence-features.ts` and the weights and
 * thresholds that `bench/polnear-calibrate.ts` learned on PolNeAR train (`confidence-weights.ts`).
 */
import type { Features } from './confidence-features.ts';
import { CONFIDENCE_MODEL } from './confidence-weights.ts';
import type { Confidence } from './types.ts';
import { logOdds, sigmoid } from './linear-model.ts';

/** A logistic model: a bias, a weight per feature name, and the probabilities where levels begin. */
export interface ConfidenceModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  thresholds: { high: number; medium: number };
}

/** The model's probability that the attribution is right. */
export function probabilityOf(f: Features, model: ConfidenceModel = CONFIDENCE_MODEL): number {
  return sigmoid(logOdds(f, model));
}

/**
 * Risks the corpus cannot judge, which keep an attribution below `high`: PolNeAR marks the pronoun a quote
 * is attributed through, not the person it stands for, so a pronoun with another person of its gender
 * named just before it can be right by the corpus and still name the wrong person.
 */
export const UNJUDGED_RISKS: readonly string[] = ['pronoun:other-same-gender'];

/**
 * Guesses the engine makes without knowing who speaks, which keep an attribution low: "they" stands for a
 * group the engine has not named ("The union rejected the deal. They said “…”") or has named by a guess; an
 * "it" it could not resolve ("“…,” it read").
 */
export const UNSURE_GUESSES: readonly string[] = ['pronoun:plural', 'pronoun:unresolved'];

/** The level a probability earns under the model's thresholds. */
export function levelOf(p: number, model: ConfidenceModel = CONFIDENCE_MODEL): Confidence {
  return p >= model.thresholds.high ? 'high' : p >= model.thresholds.medium ? 'medium' : 'low';
}

/**
 * The model's probability for an attribution and the level it earns (never high with an unjudged risk, always
 * low with an unsure guess).
 */
export function confidenceOf(
  f: Features,
  model: ConfidenceModel = CONFIDENCE_MODEL,
): { probability: number; level: Confidence } {
  const probability = probabilityOf(f, model);
  const level = levelOf(probability, model);
  if (UNSURE_GUESSES.some((g) => f[g])) return { probability, level: 'low' };
  return { probability, level: level === 'high' && UNJUDGED_RISKS.some((r) => f[r]) ? 'medium' : level };
}
