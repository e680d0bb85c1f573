import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { unsafeUrlReason } from './safe-url.ts';

/**
 * Refuses unsafe link and image URLs before anything is rendered: `[x](javascript:…)`,
 * `<javascript:…>`, `[x][ref]` with a `javascript:` definition, `&#x6A;avascript:`
 * (remark has already decoded the entity), `data:text/html,…`, `![](https://elsewhere/x.png)`.
 * The build stops with the file, the line and the fix; nothing is published half-cleaned.
 *
 * In:  `[click](JavaScript:alert(1))`
 * Out: Error `content/articles/x.md:9: a link may use http:, https:, mailto: or a relative URL, …`
 */
export default function remarkSafeUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['link', 'image', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      // a definition is only used by reference links and images; judge it as the stricter use it serves
      const use =
        node.type === 'image' || (node.type === 'definition' && isImageDefinition(tree, node.identifier))
          ? 'image'
          : 'link';
      const reason = unsafeUrlReason(node.url, use);
      if (!reason) return;
      const line = node.position?.start.line;
      const where = `${file.path ?? 'article'}${line ? `:${line}` : ''}`;
      throw new Error(
        `${where}: ${reason}. Fix: link to an http(s) page or a page of this site` +
          `${use === 'image' ? ', and put images in public/' : ''}, or remove the link.`,
      );
    });
  };
}

function isImageDefinition(tree: Root, identifier: string): boolean {
  let image = false;
  visit(tree, 'imageReference', (ref) => {
    if (ref.identifier === identifier) image = true;
  });
  return image;
}
