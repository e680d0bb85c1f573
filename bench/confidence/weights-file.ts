/**
 * What the two training scripts (polnear-calibrate.ts, polnear-rank.ts) do alike with a fitted model:
 * round its weights to the data they commit, name the strongest, and write the object's entries as
 * Prettier writes them.
 */
import type { Fit } from './logistic.ts';

/** Rounds to four decimals, as the weights files hold numbers. */
export const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The fitted weights by feature name, rounded; a weight that rounds to 0 is left out. */
export function namedWeights(fit: Fit, names: readonly string[]): Record<string, number> {
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const w = round(fit.weights[j]!);
    if (w !== 0) weights[name] = w;
  });
  return weights;
}

/** The `count` largest weights by size, as "name +0.5". */
export function strongest(weights: Record<string, number>, count = 20): string {
  return Object.entries(weights)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count)
    .map(([name, w]) => `${name} ${w > 0 ? '+' : ''}${w}`)
    .join(', ');
}

/** The weights as object entries, one a line, keys quoted only where needed (as Prettier writes them). */
export function weightEntries(weights: Record<string, number>): string {
  return Object.entries(weights)
    .map(([name, w]) => `    ${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`}: ${w},`)
    .join('\n');
}
