/** Where each block the analysis reads starts in the article's file, for messages and the review desk. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { collectBlockNodes, type BlockNode } from './blocks.ts';
import { readArticleSource } from '../registry/validate-article.ts';

/** The 1-based file line where each block node starts, the body's lines offset by the frontmatter's. */
export function linesOfBlocks(nodes: BlockNode[], lineOffset: number): number[] {
  return nodes.map((node) => (node.position?.start.line ?? 1) + lineOffset);
}

/**
 * The 1-based line of the file where each analysis block (`Paragraph.block`, `Heading.block`) starts,
 * for a source read on its own (the dev server's review desk). Read as for analysis: only `title` needed.
 */
export function blockLines(source: string, displayName: string): number[] {
  const { body, lineOffset } = readArticleSource(source, displayName, { purpose: 'analysis' });
  return linesOfBlocks(collectBlockNodes(unified().use(remarkParse).parse(body) as Root), lineOffset);
}
