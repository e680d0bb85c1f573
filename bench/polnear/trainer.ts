/**
 * What the three trainers on PolNeAR train share (`polnear-calibrate.ts`, `polnear-rank.ts`,
 * `polnear-fallback.ts`): their command line, the feature vocabulary, feature vectors and the folds of
 * cross-validation by article.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Features } from '../../src/analysis/confidence-features.ts';

/** The repository's root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The empty registry the corpus is analysed with: its names are nobody's actors. */
export const registry = { actors: [], conflicts: [] };

/** Folds of cross-validation; a feature seen in fewer train examples than MIN_COUNT is left out. */
export const FOLDS = 5;
export const MIN_COUNT = 5;

/**
 * A trainer's options: `--dry-run` prints the model without writing it, `--dev` also reports `what` on
 * dev.
 */
export function trainerOptions(what: string) {
  return {
    'dry-run': { type: 'boolean', default: false, description: 'print the model, do not write it' },
    dev: { type: 'boolean', default: false, description: `also report ${what} on dev (measured only)` },
  } as const;
}

/**
 * The feature vocabulary of `sets`: the features seen at least MIN_COUNT times, in name order, and a function
 * turning features into a vector over them.
 */
export function vocabulary(sets: Iterable<Features>): {
  names: string[];
  vector: (f: Features) => Float64Array;
} {
  const counts = new Map<string, number>();
  for (const f of sets) for (const name in f) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([name]) => name)
    .sort();
  return { names, vector: (f) => Float64Array.from(names, (name) => f[name] ?? 0) };
}

/** The fold of each article: the articles in name order, dealt out in turn. */
export function foldsByArticle(items: { article: string }[]): Map<string, number> {
  const articles = [...new Set(items.map((i) => i.article))].sort();
  return new Map(articles.map((a, i) => [a, i % FOLDS]));
}
