import type { Element, Root } from 'hast';
import { h, s } from 'hastscript';
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
 *        <button class="copy-link" data-anchor="x" tabindex="-1" …>…</button></span></p>`
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
          h(
            'button',
            {
              type: 'button',
              className: 'copy-link',
              dataAnchor: id,
              ariaLabel: copyLabel,
              tabIndex: -1,
            },
            [copyIcon()],
          ),
        ]),
      );
      return SKIP;
    });
  };
}

/** Two overlapping sheets: "copy". Drawn, not a font glyph, so it shows on every system. */
function copyIcon() {
  return s(
    'svg',
    {
      viewBox: '0 0 16 16',
      width: '14',
      height: '14',
      ariaHidden: 'true',
      focusable: 'false',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: '1.5',
    },
    [
      s('rect', { x: '5.5', y: '5.5', width: '8', height: '8', rx: '1.5' }),
      s('path', {
        d: 'M10.5 5.5v-2a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3.5V9A1.5 1.5 0 0 0 4 10.5h1.5',
      }),
    ],
  );
}
