/** Helpers of the analysis unit tests: run paragraphs through the engine, compare its quotes with a table. */
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

/**
 * Asserts the quotes found in `paragraphs`: each text contains the expected words, with that speaker and
 * kind.
 */
export function expectQuotes(
  paragraphs: string[],
  rows: QuoteExpectation[],
  registry = fixtureRegistry,
): void {
  expect(quoteRows(run(paragraphs, registry))).toEqual(
    rows.map(([t, s, k]) => [expect.stringContaining(t), s, k]),
  );
}

/** A table row of quotes found in paragraphs: [paragraphs, expected quotes]. */
export type QuoteCase = [string[], QuoteExpectation[]];

/** A quote table's check against one registry: `test.each<QuoteCase>([...])('%j', quotesIn(registry))`. */
export function quotesIn(
  registry = fixtureRegistry,
): (paragraphs: string[], rows: QuoteExpectation[]) => void {
  return (paragraphs, rows) => expectQuotes(paragraphs, rows, registry);
}

/** Expected quotes without their kind: [opening words, speaker id or name or null]. */
export type SpeakerExpectation = [string, string | null];

/** A table row of speakers found in paragraphs: [paragraphs, expected quotes and speakers]. */
export type SpeakerCase = [string[], SpeakerExpectation[]];

/**
 * Asserts the quotes found in `paragraphs` (fixture registry): each text contains the expected words, and
 * each has the expected speaker.
 */
export function expectSpeakers(paragraphs: string[], rows: SpeakerExpectation[]): void {
  const got = quoteRows(run(paragraphs)).map(([t, s]) => [t, s]);
  expect(got.map(([t]) => t)).toEqual(rows.map(([t]) => expect.stringContaining(t)));
  expect(got.map(([, s]) => s)).toEqual(rows.map(([, s]) => s));
}

/** A named attribution case: [name, paragraphs, expected direct quotes as [opening words, speaker]]. */
export type AttributionCase = [string, string[], SpeakerExpectation[]];

/**
 * Asserts the direct quotes found in `paragraphs` (fixture registry): each starts with the expected words,
 * and each has the expected speaker.
 */
export function expectAttribution(paragraphs: string[], expected: SpeakerExpectation[]): void {
  const rows = quoteRows(run(paragraphs)).filter((r) => r[2] === 'direct');
  expect(
    rows
      .map((r) => [r[0].slice(0, expected[0]?.[0].length ?? 0), r[1]])
      .map((r, i) => [
        expected[i] ? r[0] === expected[i]![0] || rows[i]![0].startsWith(expected[i]![0]) : false,
        r[1],
      ]),
  ).toEqual(expected.map((e) => [true, e[1]]));
}

/** Reported statements found in paragraphs (fixture registry) as [speaker id or name, paragraph, text]. */
export function reportedRows(paragraphs: string[]): [string | null, number, string][] {
  return run(paragraphs)
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker.id ?? q.speaker.name, q.paragraph, q.text]);
}

/** A named reported-speech case: [name, paragraphs, expected [speaker, paragraph, text]]. */
export type ReportedCase = [string, string[], [string | null, number, string][]];
