import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface RehypeAnchorAliasesOptions {
  /** Old anchor -> current anchor. */
  aliases: Record<string, string>;
}

/**
 * Keeps retired anchors working without JavaScript: an empty element with the old
 * id at the start of the element that now has the new one.
 *
 * In:  `anchors: { old-words: new-words }` and `<p id="new-words">…</p>`
 * Out: `<p id="new-words"><span id="old-words" class="anchor-alias"></span>…</p>`
 */
export default function rehypeAnchorAliases(options: RehypeAnchorAliasesOptions) {
  const byTarget = new Map<string, string[]>();
  for (const [from, to] of Object.entries(options.aliases))
    byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  return (tree: Root) => {
    if (byTarget.size === 0) return;
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      for (const from of byTarget.get(id) ?? [])
        node.children.unshift(h('span', { id: from, className: 'anchor-alias' }));
    });
  };
}
