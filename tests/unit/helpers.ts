/** Test helpers: project paths, registries, seed blocks (the analysis tests' own are in analysis/helpers.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlockInput } from '../../src/analysis/types.ts';
import { parseArticleFile } from '../../src/markdown/extract.ts';
import { loadRegistry } from '../../src/registry/load.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder (seed, gold, corpora): SHARED_DIR, else ../shared beside the repository. */
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(projectRoot, '../shared');

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
