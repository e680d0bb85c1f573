import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BlockInput } from '../analysis/types.ts';

export type BlockNode = Paragraph | Heading;

/**
 * The blocks of body text the analysis reads, in document order: paragraphs directly
 * under the root or a blockquote, and headings of depth 2 and below.
 * The site's remark plugin and the CLI both use this, so anchors always line up.
 */
export function collectBlockNodes(tree: Root): BlockNode[] {
  const out: BlockNode[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push(node);
      else if (node.type === 'heading' && node.depth >= 2) out.push(node);
      else if (node.type === 'blockquote') walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

/**
 * Plain text of a block. A soft line break in the source becomes a space of the same
 * length, so offsets still match the rendered HTML (see `rehype-analysis`).
 */
export function blockText(node: BlockNode): string {
  return flattenNewlines(toString(node, { includeImageAlt: false }));
}

/** Newlines to spaces, length kept. */
export function flattenNewlines(text: string): string {
  return text.replace(/[\r\n]/g, ' ');
}

/** Plain-text blocks for the analysis, from the block nodes. */
export function toBlockInputs(nodes: BlockNode[]): BlockInput[] {
  return nodes.map((node) =>
    node.type === 'heading'
      ? { kind: 'heading', text: blockText(node), depth: node.depth }
      : { kind: 'paragraph', text: blockText(node) },
  );
}
