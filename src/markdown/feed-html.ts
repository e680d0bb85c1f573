import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** Elements that are page UI, not article text: never in a feed. */
const DROP = new Set(['button', 'svg', 'script', 'style', 'template', 'noscript', 'form', 'input']);
/** Attributes a feed reader can use; the rest (classes, ids, data-*) only mean something on the site. */
const KEEP_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'width', 'height']);

/**
 * An article's rendered HTML made fit for a feed reader: the site's controls (¶ links, copy and cite
 * buttons, speaker chips: everything marked `data-pagefind-ignore`) removed, the analysis' spans
 * unwrapped to their text, classes and data attributes dropped, and every link made absolute on
 * `base` (the article's own URL, so `#anchor` links land on the site).
 *
 * In:  `<p id="x" data-block="0"><a class="mention" href="/actors/iran/">Iran</a> said<span class="permalinks" …>…</span></p>`
 * Out: `<p><a href="https://site/actors/iran/">Iran</a> said</p>`
 */
export function feedHtml(html: string, base: string): string {
  const tree = fromHtml(html, { fragment: true });
  tree.children = clean(tree.children, base) as Root['children'];
  return toHtml(tree);
}

function clean(nodes: (RootContent | ElementContent)[], base: string): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node);
    else if (node.type === 'element') {
      // hidden: the speaker's name written for the search index only (rehype-analysis)
      if (
        DROP.has(node.tagName) ||
        node.properties?.dataPagefindIgnore !== undefined ||
        node.properties?.hidden
      )
        continue;
      const children = clean(node.children, base);
      if (node.tagName === 'span') {
        out.push(...children);
        continue;
      }
      out.push({ ...node, properties: attributes(node, base), children });
    }
  }
  return out;
}

function attributes(node: Element, base: string): Element['properties'] {
  const props: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (!KEEP_ATTRIBUTES.has(key)) continue;
    props[key] =
      (key === 'href' || key === 'src') && typeof value === 'string'
        ? new URL(value, base).toString()
        : value;
  }
  return props;
}
