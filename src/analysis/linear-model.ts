/**
 * The one scorer of the engine's learned models (confidence, speaker ranking, fallback speaker): a bias
 * plus a weight for each feature present, as log-odds; weights kept as a map per model, since a large
 * object literal is slow to look names up in.
 */
import type { Features } from './confidence-features.ts';

/** A logistic model as the weights files hold it. */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

const weightMaps = new WeakMap<LinearModel, Map<string, number>>();

/** The model's log-odds for features `f` (features without a weight count nothing). */
export function logOdds(f: Features, model: LinearModel): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const name in f) {
    const w = weights.get(name);
    if (w !== undefined) z += w * f[name]!;
  }
  return z;
}

/** The probability of log-odds `z`. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
