import type { Root as MdastRoot } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { analyzeArticle } from '../analysis/analyze.ts';
import type { Analysis } from '../analysis/types.ts';
import type { QuoteOverride, Registry } from '../registry/schema.ts';
import { collectBlockNodes, toBlockInputs } from './blocks.ts';
import rehypeAnalysis from './rehype-analysis.ts';
import rehypeAnchorAliases from './rehype-anchor-aliases.ts';
import rehypeCiteQuotes from './rehype-cite-quotes.ts';
import rehypePermalinks from './rehype-permalinks.ts';
import remarkBlockAnchors from './remark-block-anchors.ts';
import remarkNoRawHtml from './remark-no-raw-html.ts';
import remarkSafeUrls from './remark-safe-urls.ts';

export interface RenderedArticle {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  analysis: Analysis;
  /** Non-fatal messages about the rendering (the analysis has its own warnings). */
  messages: string[];
}

export interface RenderOptions {
  file: string;
  markdown: string;
  registry: Registry;
  overrides?: QuoteOverride[];
  hrefFor: (type: 'actor' | 'conflict', id: string) => string;
  /** Old anchor -> current anchor (frontmatter `anchors`). */
  aliases?: Record<string, string>;
  /** Lines of the file before `markdown` (the frontmatter), so messages give the file's own line. */
  lineOffset?: number;
}

/**
 * Parses an article once, analyses its text, and renders HTML with the analysis
 * applied (anchors, mention links, quote markup, permalinks). One pass per article:
 * the page, the open data and the search index all read this result.
 */
export async function renderArticle(options: RenderOptions): Promise<RenderedArticle> {
  const { file, markdown, registry, overrides, hrefFor, aliases = {}, lineOffset = 0 } = options;
  // blank lines stand in for the frontmatter: positions (and error lines) are the file's own
  const vfile = new VFile({ path: file, value: '\n'.repeat(lineOffset) + markdown });
  const parser = unified().use(remarkParse);
  const mdast = parser.parse(vfile) as MdastRoot;
  const nodes = collectBlockNodes(mdast);
  const analysis = analyzeArticle({ file, blocks: toBlockInputs(nodes), overrides }, registry);
  const names = new Map(registry.actors.map((a) => [a.id, a.name]));

  const processor = unified()
    .use(remarkNoRawHtml)
    .use(remarkSafeUrls)
    .use(remarkBlockAnchors, { analysis, nodes })
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeAnalysis, { analysis, hrefFor, nameOf: (id) => names.get(id) })
    .use(rehypePermalinks)
    .use(rehypeCiteQuotes, { analysis, nameOf: (id) => names.get(id) })
    .use(rehypeAnchorAliases, { aliases })
    .use(rehypeStringify);
  const hast = await processor.run(mdast, vfile);
  const html = processor.stringify(hast, vfile);
  return {
    html: String(html),
    headings: analysis.headings.map((hd) => ({ depth: hd.depth, slug: hd.anchor, text: hd.text })),
    analysis,
    messages: vfile.messages.map((m) => `${file}: ${m.reason}`),
  };
}
