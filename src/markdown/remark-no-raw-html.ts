import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Refuses raw HTML in article Markdown: a `<script>` (or any tag) would either run
 * on the page or be dropped silently. Neither is acceptable for an article, so the
 * build stops with the file, the line and the fix.
 */
export default function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const line = node.position?.start.line;
      const where = `${file.path ?? 'article'}${line ? `:${line}` : ''}`;
      const snippet = node.value.trim().slice(0, 40);
      const what = /<\s*script/i.test(node.value) ? 'a raw <script>' : 'raw HTML';
      throw new Error(
        `${where}: ${what} is not allowed in article Markdown (found \`${snippet}\`). ` +
          'Remove it, or write the content as plain Markdown (links, emphasis, quotes).',
      );
    });
  };
}
