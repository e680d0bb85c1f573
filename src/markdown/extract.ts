/**
 * Markdown -> analysis blocks (unified + remark-parse), and article files (read and validated by
 * src/registry/validate-article.ts). The CLI and the site use this same extraction, so paragraph
 * numbers and anchors agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { collectBlockNodes, toBlockInputs } from './blocks.ts';
import type { ArticleInput, BlockInput } from '../analysis/types.ts';
import type { ArticleFrontmatter } from '../registry/schema.ts';
import { readArticleSource, requireParagraphs, type ReadOptions } from '../registry/validate-article.ts';
import type { DataPath } from '../registry/yaml.ts';
import { linesOfBlocks } from './block-lines.ts';

/** Body paragraphs (top level or in a blockquote, not in lists) and headings of depth >= 2, in order: the same blocks the site renders. */
export function extractBlocks(markdown: string): BlockInput[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return toBlockInputs(collectBlockNodes(tree));
}

export interface ParsedArticle {
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  blocks: BlockInput[];
  /** File line of a frontmatter field, for messages. */
  lineOf: (path: DataPath) => number;
  /** File line where each block starts (the review desk shows it). */
  blockLines: number[];
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** Reads an article and validates it; errors name the file, the line, the field and the fix. */
export function parseArticleFile(
  file: string,
  displayName = display(file),
  options: ReadOptions = {},
): ParsedArticle {
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch (e) {
    throw new Error(`${displayName}: cannot read the file (${(e as Error).message}): check the path`, {
      cause: e,
    });
  }
  const article = readArticleSource(raw, displayName, options);
  const nodes = collectBlockNodes(unified().use(remarkParse).parse(article.body) as Root);
  const blocks = toBlockInputs(nodes);
  requireParagraphs(displayName, blocks.filter((b) => b.kind === 'paragraph').length, article.lineOffset + 1);
  return {
    file: displayName,
    frontmatter: article.data,
    body: article.body,
    blocks,
    lineOf: article.lineOf,
    blockLines: linesOfBlocks(nodes, article.lineOffset),
  };
}

/** The analysis input of a parsed article (blocks plus frontmatter quote overrides). */
export function toArticleInput(a: ParsedArticle): ArticleInput {
  const input: ArticleInput = { file: a.file, blocks: a.blocks };
  if (a.frontmatter.quotes.length) {
    input.overrides = a.frontmatter.quotes.map((q) => {
      const o: { quote: string; speaker?: string; scare?: boolean } = { quote: q.quote };
      if (q.speaker !== undefined) o.speaker = q.speaker;
      if (q.scare !== undefined) o.scare = q.scare;
      return o;
    });
  }
  return input;
}
