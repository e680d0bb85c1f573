import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { textOf } from './hast-ranges.ts';

/**
 * Adds a permalink control to every anchored paragraph and heading: a `¶`/`#` link
 * to its own anchor (works without JavaScript) and a copy-link button that the
 * page script reveals. Both are `data-pagefind-ignore`: UI, not content.
 *
 * In:  `<p id="x" data-block="3">…</p>`
 * Out: `<p id="x" data-block="3">…<span class="permalinks" data-pagefind-ignore>
 *        <a class="permalink" href="#x" aria-label="Link to this paragraph">¶</a>
 *        <button class="copy-link" data-anchor="x" hidden …>Copy link</button></span></p>`
 */
export default function rehypePermalinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.properties?.dataBlock === undefined) return;
      const id = String(node.properties.id ?? '');
      if (!id) return SKIP;
      const isHeading = /^h[1-6]$/.test(node.tagName);
      const label = isHeading ? `Link to section: ${textOf(node)}` : 'Link to this paragraph';
      const copyLabel = isHeading ? `Copy link to section: ${textOf(node)}` : 'Copy link to this paragraph';
      node.children.push(
        h('span', { className: 'permalinks', dataPagefindIgnore: '' }, [
          h('a', { className: 'permalink', href: `#${id}`, ariaLabel: label }, isHeading ? '#' : '¶'),
          h(
            'button',
            { type: 'button', className: 'copy-link', dataAnchor: id, ariaLabel: copyLabel, hidden: true },
            [h('span', { ariaHidden: 'true' }, '⧉')],
          ),
        ]),
      );
      return SKIP;
    });
  };
}
