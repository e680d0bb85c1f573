import type { Root } from 'mdast';
import type { Analysis } from '../analysis/types.ts';
import type { BlockNode } from './blocks.ts';

export interface RemarkBlockAnchorsOptions {
  analysis: Analysis;
  /** The block nodes the analysis was computed from, in the same order. */
  nodes: BlockNode[];
}

/**
 * Gives every analysed paragraph and heading its stable anchor as `id`, and its
 * block index as `data-block` for the rehype plugins that follow.
 *
 * In:  `Russia and Iran have been outliers …`
 * Out: `<p id="russia-and-iran-have-been" data-block="0" data-pagefind-title="Paragraph 1">…</p>`
 */
export default function remarkBlockAnchors(options: RemarkBlockAnchorsOptions) {
  const { analysis, nodes } = options;
  const anchorByBlock = new Map<number, string>();
  const titleByBlock = new Map<number, string>();
  for (const p of analysis.paragraphs) {
    anchorByBlock.set(p.block, p.anchor);
    // The sub-result's excerpt shows the paragraph's words: its title only says which paragraph.
    titleByBlock.set(p.block, `Paragraph ${p.index}`);
  }
  for (const hd of analysis.headings) anchorByBlock.set(hd.block, hd.anchor);
  return (_tree: Root) => {
    nodes.forEach((node, block) => {
      const id = anchorByBlock.get(block);
      if (!id) return;
      // id + data-pagefind-title make each paragraph its own search sub-result.
      const title = titleByBlock.get(block);
      node.data = {
        ...node.data,
        hProperties: {
          ...(node.data?.hProperties ?? {}),
          id,
          dataBlock: String(block),
          ...(title ? { dataPagefindTitle: title } : {}),
        },
      };
    });
  };
}
