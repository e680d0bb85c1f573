/**
 * Markdown -> analysis blocks (unified + remark-parse), and article files (gray-matter + frontmatter schema).
 * The CLI and the site use this same extraction, so paragraph numbers and anchors agree.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { collectBlockNodes, toBlockInputs } from './blocks.ts';
import type { ArticleInput, BlockInput } from '../analysis/types.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../registry/schema.ts';

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
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** Reads an article, validates its frontmatter; errors name the file, the field and the fix. */
export function parseArticleFile(file: string, displayName = display(file)): ParsedArticle {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${displayName}: cannot read the file (${(e as Error).message}): check the path`, {
      cause: e,
    });
  }
  const parsed = splitFrontmatter(raw, displayName);
  const fm = articleFrontmatterSchema.safeParse(parsed.data);
  if (!fm.success) {
    const msgs = fm.error.issues.map(
      (i) => `${displayName}: field "${i.path.join('.') || '(frontmatter)'}": ${i.message}`,
    );
    throw new Error(msgs.join('\n'));
  }
  return {
    file: displayName,
    frontmatter: fm.data,
    body: parsed.content,
    blocks: extractBlocks(parsed.content),
  };
}

/**
 * Frontmatter data and body of an article's source, and the number of lines before the body;
 * malformed YAML throws with the file, the line and the fix.
 */
export function splitFrontmatter(
  source: string,
  displayName: string,
): { data: Record<string, unknown>; content: string; lineOffset: number } {
  try {
    const { data, content } = matter(source);
    const head = source.endsWith(content) ? source.slice(0, source.length - content.length) : '';
    return { data, content, lineOffset: head.split('\n').length - 1 };
  } catch (e) {
    const err = e as { mark?: { line: number; column: number }; reason?: string; message: string };
    // gray-matter counts lines from the first line after the opening "---"
    const where = err.mark ? ` at line ${err.mark.line + 2}, column ${err.mark.column + 1}` : '';
    throw new Error(
      `${displayName}: malformed YAML frontmatter${where}: ${err.reason ?? err.message}. The frontmatter is not valid YAML: Fix the YAML between the two "---" lines.`,
      { cause: e },
    );
  }
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
