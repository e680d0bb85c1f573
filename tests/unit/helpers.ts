/** Test helpers: project paths, registry, seed blocks. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlockInput } from '../../src/analysis/types.ts';
import { parseArticleFile } from '../../src/markdown/extract.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import { expect } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Analysis } from '../../src/analysis/types.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(projectRoot, '../shared');

/** Blocks of the seed: from content/articles/2023-12-15-russia-iran-gaza.md if present, else the seed txt. */
export function seedBlocks(subheading: string): { blocks: BlockInput[]; source: string } {
  const md = path.join(projectRoot, 'content/articles/2023-12-15-russia-iran-gaza.md');
  if (fs.existsSync(md)) {
    return { blocks: parseArticleFile(md).blocks, source: md };
  }
  const txt = fs.readFileSync(path.join(sharedDir, 'seed/000_3bc9a7b25982bdd2.txt'), 'utf8');
  const lines = txt
    .split(/\n/)
    .map((l, i) => (i === 0 ? l.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s+/, '') : l))
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    blocks: lines.map((text) =>
      text === subheading
        ? { kind: 'heading' as const, text, depth: 2 }
        : { kind: 'paragraph' as const, text },
    ),
    source: 'seed txt',
  };
}

/** The fixture registry (tests/fixtures/registry). */
export const fixtureRegistry = loadRegistry(path.join(projectRoot, 'tests/fixtures/registry'));
/** The project registry (content/). */
export const projectRegistry = loadRegistry(path.join(projectRoot, 'content'));

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
