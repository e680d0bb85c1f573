/** Where each block the analysis reads starts in the article's file, for messages and the review desk. */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { collectBlockNodes } from './blocks.ts';
import { readArticleSource } from '../registry/validate-article.ts';

/** The 1-based line of the file where each analysis block (`Paragraph.block`, `Heading.block`) starts. */
export function blockLines(source: string, displayName: string): number[] {
  const { body, lineOffset } = readArticleSource(source, displayName);
  const tree = unified().use(remarkParse).parse(body) as Root;
  return collectBlockNodes(tree).map((node) => (node.position?.start.line ?? 1) + lineOffset);
}
