import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { textOf } from './hast-ranges.ts';

/**
 * Adds a permalink control to every anchored paragraph and heading: a `¶`/`#` link
 * to its own anchor (works without JavaScript) and a copy-link button, shown by CSS only
 * where the page's script can copy (`.can-copy`). Both are `data-pagefind-ignore`: UI, not content.
 *
 * One tab stop per paragraph: the ¶ link. The copy button is out of the tab order
 * (`tabindex="-1"`); the pair is a toolbar, reached from the ¶ link with the arrow keys (the
 * page script moves the focus; keys pressed before it loads are held and replayed by boot.ts).
 *
 * In:  `<p id="x" data-block="3">…</p>`
 * Out: `<p id="x" data-block="3">…<span class="permalinks" role="toolbar" aria-label="Link to this paragraph" data-pagefind-ignore>
 *        <a class="permalink" href="#x" aria-label="Link to this paragraph">¶</a>
 *        <button class="copy-link" data-anchor="x" tabindex="-1" …></button></span></p>`
 *
 * The button's icon (two overlapping sheets) is drawn by CSS (`.copy-link::before` in global.css), once
 * for the page rather than an inline <svg> in each of its 16 or more buttons.
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
        h('span', { className: 'permalinks', role: 'toolbar', ariaLabel: label, dataPagefindIgnore: '' }, [
          h('a', { className: 'permalink', href: `#${id}`, ariaLabel: label }, isHeading ? '#' : '¶'),
          h('button', {
            type: 'button',
            className: 'copy-link',
            dataAnchor: id,
            ariaLabel: copyLabel,
            tabIndex: -1,
          }),
        ]),
      );
      return SKIP;
    });
  };
}
