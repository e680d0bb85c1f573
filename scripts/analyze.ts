/**
 * CLI: npm run --silent analyze -- <file.md> [more.md ...]
 * Prints { "articles": [...] } as JSON on stdout; on error, a message naming the file on stderr and exit code 1.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegistry } from '../src/registry/load.ts';
import { parseArticleFile, toArticleInput } from '../src/markdown/extract.ts';
import { analyzeForPage } from '../src/markdown/page-ids.ts';
import { placeOverrideError } from '../src/registry/validate-article.ts';
import { toExportDocument } from '../src/analysis/export.ts';
import type { Analysis } from '../src/analysis/types.ts';
import { helpText, parseCli } from './cli.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function displayPath(abs: string, given: string): string {
  const rel = path.relative(root, abs);
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : given;
}

const cli = {
  usage:
    'npm run --silent analyze -- <file.md> [more.md ...]\n' +
    'Prints the analysis of each article (the shape of /data/analysis.json) as JSON on stdout.\n' +
    'Any Markdown article, inside or outside content/: its frontmatter needs only a title\n' +
    '(description, published and source are for publishing). Names are found with the\n' +
    "project's registry (content/actors, content/conflicts); errors name the file, line and fix.",
  positionals: 'Markdown article files, inside or outside content/',
  options: {},
};

function main(): number {
  const files = parseCli(cli).positionals;
  if (!files.length) {
    process.stderr.write(`no article given\n\n${helpText(cli)}`);
    return 2;
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
      const article = parseArticleFile(abs, displayPath(abs, f), { purpose: 'analysis' });
      try {
        analyses.push(analyzeForPage(toArticleInput(article), registry));
      } catch (e) {
        const message = placeOverrideError(
          (e as Error).message,
          article.file,
          article.frontmatter.quotes,
          article.lineOf,
        );
        throw new Error(message, { cause: e });
      }
    } catch (e) {
      const msg = (e as Error).message;
      process.stderr.write(`${msg.includes(displayPath(abs, f)) ? msg : `${f}: ${msg}`}\n`);
      return 1;
    }
  }
  process.stdout.write(JSON.stringify(toExportDocument(analyses), null, 2) + '\n');
  return 0;
}

process.exitCode = main();
