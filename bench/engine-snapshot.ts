/**
 * A behaviour snapshot of the analysis engine over every text the team can run it on: the seed, the fixture
 * articles, the labelled sets and PolNeAR train and dev. Used to prove that a restructuring changes nothing:
 *
 *   node bench/engine-snapshot.ts --write /tmp/before.json    (before the change)
 *   node bench/engine-snapshot.ts --compare /tmp/before.json  (after: lists every text whose analysis
 * differs)
 *
 * The snapshot holds the full analyses (PolNeAR's text among them), so write it outside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import type { Analysis, ArticleInput } from '../src/analysis/types.ts';
import { parseArticleFile, toArticleInput } from '../src/markdown/extract.ts';
import { loadRegistry } from '../src/registry/load.ts';
import type { Registry } from '../src/registry/schema.ts';
import { articleInput, corpusDir, readSplit } from './polnear/corpus.ts';
import { helpText, parseCli } from '../scripts/cli.ts';

const cli = {
  usage:
    'node bench/engine-snapshot.ts --write <file> | --compare <file> [--show N]\n' +
    "A snapshot of the engine's analyses, to prove a restructuring changes nothing.",
  options: {
    write: { type: 'string', description: 'write the snapshot to this file (outside the repository)' },
    compare: { type: 'string', description: 'compare the engine now with the snapshot in this file' },
    show: { type: 'string', default: '5', description: 'how many differing texts to show' },
  },
} as const;
const { values } = parseCli(cli);
if (!values.write && !values.compare) {
  throw new Error(`give --write or --compare\n\n${helpText(cli)}`);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inside = (file: string) => path.resolve(file).startsWith(root + path.sep);
if (values.write && inside(values.write)) throw new Error('Write the snapshot outside the repository.');

function* texts(): Generator<[string, ArticleInput, Registry]> {
  const content = loadRegistry(path.join(root, 'content'));
  for (const dir of ['content/articles', 'tests/fixtures/articles']) {
    for (const f of fs.readdirSync(path.join(root, dir)).filter((x) => x.endsWith('.md'))) {
      const parsed = parseArticleFile(path.join(root, dir, f), `${dir}/${f}`);
      const registry =
        dir === 'content/articles' ? content : loadRegistry(path.join(root, 'tests/fixtures/registry'));
      yield [`${dir}/${f}`, toArticleInput(parsed), registry];
    }
  }
  const labelled = path.join(root, 'tests/fixtures/labelled');
  for (const f of fs.readdirSync(labelled).filter((x) => x.endsWith('.json'))) {
    const file = JSON.parse(fs.readFileSync(path.join(labelled, f), 'utf8')) as {
      registry?: string;
      items: { id: string; paragraphs: string[] }[];
    };
    const registry = loadRegistry(path.join(root, 'tests/fixtures/registry', file.registry ?? ''));
    for (const it of file.items) {
      const blocks = it.paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
      yield [`${f}#${it.id}`, { file: it.id, blocks }, registry];
    }
  }
  const empty = { actors: [], conflicts: [] };
  for (const split of ['dev', 'train']) {
    for (const a of readSplit(corpusDir(root), split)) {
      yield [`polnear/${split}/${a.name}`, articleInput(a), empty];
    }
  }
}

const snapshot: Record<string, Analysis | string> = {};
for (const [key, input, registry] of texts()) {
  try {
    snapshot[key] = analyzeArticle(input, registry);
  } catch (error) {
    snapshot[key] = `error: ${(error as Error).message}`;
  }
}

if (values.write) {
  fs.writeFileSync(values.write, JSON.stringify(snapshot));
  console.log(`${Object.keys(snapshot).length} analyses written to ${values.write}`);
} else {
  const before = JSON.parse(fs.readFileSync(values.compare!, 'utf8')) as Record<string, unknown>;
  const changed = Object.keys(snapshot).filter(
    (k) => JSON.stringify(snapshot[k]) !== JSON.stringify(before[k]),
  );
  console.log(`${changed.length} of ${Object.keys(snapshot).length} analyses differ`);
  for (const key of changed.slice(0, Number(values.show))) {
    const a = JSON.stringify(before[key], null, 1).split('\n');
    const b = JSON.stringify(snapshot[key], null, 1).split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    console.log(`\n${key}: first difference at line ${at}`);
    console.log(`  before: ${a.slice(Math.max(0, at - 3), at + 4).join(' ')}`);
    console.log(`  after:  ${b.slice(Math.max(0, at - 3), at + 4).join(' ')}`);
  }
  if (changed.length) process.exitCode = 1;
}
