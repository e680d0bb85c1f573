import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { freeId } from './page-ids.ts';

export interface RehypeUniqueIdsOptions {
  /** Ids the page itself uses around the article. */
  reserved: ReadonlySet<string>;
  /** The article's published anchors: they keep their ids, anything else that collides moves. */
  keep: ReadonlySet<string>;
}

/**
 * The last pass over an article: no id in it repeats, or takes one of the page's own. The analysis
 * anchors are already unique and off the reserved ids; this catches the ids other steps make
 * (rehype-slug on a heading the analysis does not read, such as an `#` title or one in a list, and
 * the `-after` sections of search results), which move to the next free suffix.
 *
 * In:  `# Main` (an h1 in the body)
 * Out: `<h1 id="main-2">Main</h1>`
 */
export default function rehypeUniqueIds(options: RehypeUniqueIdsOptions) {
  const { reserved, keep } = options;
  return (tree: Root) => {
    const taken = new Set([...reserved, ...keep]);
    const kept = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      if (keep.has(id) && !kept.has(id)) {
        kept.add(id);
        return;
      }
      if (!taken.has(id)) {
        taken.add(id);
        return;
      }
      const next = freeId(id, taken);
      taken.add(next);
      node.properties.id = next;
    });
  };
}
