/** Helpers of the analysis unit tests: run paragraphs through the engine and compare its quotes with a table. */
import path from 'node:path';
import { expect } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import type { Analysis, BlockInput } from '../../../src/analysis/types.ts';
import { loadRegistry } from '../../../src/registry/load.ts';
import { fixtureRegistry, projectRoot } from '../helpers.ts';

/** Analyzes plain paragraphs (strings starting with "## " are headings) against the fixture registry. */
export function run(paragraphs: string[], registry = fixtureRegistry, file = 'test.md'): Analysis {
  const blocks: BlockInput[] = paragraphs.map((t) =>
    t.startsWith('## ') ? { kind: 'heading', text: t.slice(3), depth: 2 } : { kind: 'paragraph', text: t },
  );
  return analyzeArticle({ file, blocks }, registry);
}

/** Direct (and scare) quotes as [text, speaker id or name or null, kind]. */
export function quoteRows(a: Analysis): [string, string | null, string][] {
  return a.quotes
    .filter((q) => q.kind !== 'reported')
    .map((q) => [q.text, q.speaker.id ?? q.speaker.name, q.kind]);
}

/** Expected direct/scare quotes: [opening words, speaker id or name or null, kind]. */
export type QuoteExpectation = [string, string | null, string];

/** A registry under tests/fixtures/registry/<name> (each labelled set has its own). */
export function namedRegistry(name: string) {
  return loadRegistry(path.join(projectRoot, 'tests/fixtures/registry', name));
}

/** Asserts the quotes found in `paragraphs`: each text contains the expected words, with that speaker and kind. */
export function expectQuotes(
  paragraphs: string[],
  rows: QuoteExpectation[],
  registry = fixtureRegistry,
): void {
  expect(quoteRows(run(paragraphs, registry))).toEqual(
    rows.map(([t, s, k]) => [expect.stringContaining(t), s, k]),
  );
}
