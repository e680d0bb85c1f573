/**
 * npm run review: writes the attribution review (every quote and reported statement, least certain
 * first, with the override that corrects it, and the registry file for each unregistered speaker)
 * as one standalone HTML file. The dev server shows the same page at /review/. Run with --help.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCli } from './cli.ts';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import { reviewArticle, type ReviewArticle } from '../src/lib/review.ts';
import { renderReviewPage } from '../src/lib/review-html.ts';
import { parseArticleFile, toArticleInput } from '../src/markdown/extract.ts';
import { loadRegistry } from '../src/registry/load.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function display(abs: string): string {
  const rel = path.relative(root, abs);
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

/** Every article file of the site: the content's, then EXTRA_ARTICLE_DIRS (as the build reads them). */
function siteArticles(content: string): string[] {
  const dirs = [
    path.join(content, 'articles'),
    ...(process.env.EXTRA_ARTICLE_DIRS ?? '').split(path.delimiter).filter(Boolean),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(path.resolve(root, dir))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => path.resolve(root, dir, f)),
  );
}

function main(): number {
  const { values, positionals } = parseCli({
    usage:
      'Usage: npm run review -- [options] [article.md ...]\n\n' +
      'Writes a standalone HTML review of every quote and reported statement the analysis finds: speaker,\n' +
      'evidence, confidence (least certain first), the paragraph with the quote marked, a link to its place\n' +
      'in the article, the exact frontmatter override that corrects it, and a registry file for each\n' +
      'unregistered speaker. With no files, reviews every article in content/articles/ (and\n' +
      'EXTRA_ARTICLE_DIRS). The dev server (npm run dev) shows the same page at /review/.',
    positionals: 'article files (default: every article of the site)',
    options: {
      out: { type: 'string', default: 'review/index.html', description: 'where to write the page' },
      base: {
        type: 'string',
        default: 'http://127.0.0.1:4321',
        description: 'the site the article links open (where npm start serves)',
      },
      json: { type: 'boolean', default: false, description: 'print the review as JSON instead' },
    },
  });
  const content = path.resolve(root, process.env.CONTENT_DIR ?? 'content');
  const files = positionals.length
    ? positionals.map((f) => path.resolve(process.cwd(), f))
    : siteArticles(content);
  const articles: ReviewArticle[] = [];
  try {
    const registry = loadRegistry(content);
    for (const file of files) {
      const name = display(file);
      const parsed = parseArticleFile(file, name, { purpose: 'analysis' });
      const analysis = analyzeArticle(toArticleInput(parsed), registry);
      const input = {
        slug: path.basename(file).replace(/\.md$/, ''),
        title: parsed.frontmatter.title,
        file: name,
        analysis,
        overrides: parsed.frontmatter.quotes,
        blockLines: parsed.blockLines,
      };
      articles.push(reviewArticle(input, registry));
    }
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ articles }, null, 2)}\n`);
    return 0;
  }
  const out = path.resolve(process.cwd(), values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  const base = values.base.replace(/\/+$/, '');
  writeFileSync(out, renderReviewPage(articles, { base, generated: new Date(), source: 'npm run review' }));
  const items = articles.flatMap((a) => a.items);
  const check = items.filter((i) => i.status === 'unattributed' || i.status === 'low').length;
  const unregistered = articles.reduce((n, a) => n + a.unregistered.length, 0);
  process.stdout.write(
    `review: ${articles.length} article(s), ${items.length} quotes and statements (${check} without a speaker ` +
      `or with low confidence), ${unregistered} unregistered speaker(s)\nwrote ${display(out)}: open ${pathToFileURL(out)}\n`,
  );
  return 0;
}

process.exitCode = main();
