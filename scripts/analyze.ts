/**
 * CLI: npm run --silent analyze -- <file.md> [more.md ...]
 * Prints { "articles": [...] } as JSON on stdout; on error, a message naming the file on stderr and exit code 1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../src/registry/load.ts';
import { parseArticleFile, toArticleInput } from '../src/markdown/extract.ts';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import { toExportDocument } from '../src/analysis/export.ts';
import type { Analysis } from '../src/analysis/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function displayPath(abs: string, given: string): string {
  const rel = path.relative(root, abs);
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : given;
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (!files.length) {
    process.stderr.write('usage: npm run --silent analyze -- <file.md> [more.md ...]\n');
    return 1;
  }
  let registry;
  try {
    registry = loadRegistry(path.join(root, 'content'));
  } catch (e) {
    process.stderr.write(`registry error:\n${(e as Error).message}\n`);
    return 1;
  }
  const analyses: Analysis[] = [];
  for (const f of files) {
    const abs = path.resolve(process.cwd(), f);
    try {
      const article = parseArticleFile(abs, displayPath(abs, f));
      analyses.push(analyzeArticle(toArticleInput(article), registry));
    } catch (e) {
      const msg = (e as Error).message;
      process.stderr.write(`${msg.includes(displayPath(abs, f)) ? msg : `${f}: ${msg}`}\n`);
      return 1;
    }
  }
  process.stdout.write(JSON.stringify(toExportDocument(analyses), null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
