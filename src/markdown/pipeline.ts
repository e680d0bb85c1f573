import type { Root as MdastRoot } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Analysis } from '../analysis/types.ts';
import type { QuoteOverride, Registry } from '../registry/schema.ts';
import { articleAnchors } from '../lib/anchors.ts';
import { collectBlockNodes, toBlockInputs, type BlockNode } from './blocks.ts';
import rehypeAnalysis from './rehype-analysis.ts';
import rehypeAnchorAliases from './rehype-anchor-aliases.ts';
import { analyzeForPage, ARTICLE_PAGE_IDS } from './page-ids.ts';
import rehypeCiteQuotes from './rehype-cite-quotes.ts';
import rehypePermalinks from './rehype-permalinks.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import remarkBlockAnchors from './remark-block-anchors.ts';
import remarkNoRawHtml from './remark-no-raw-html.ts';
import remarkSafeUrls from './remark-safe-urls.ts';

export interface RenderedArticle {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  analysis: Analysis;
  /** Non-fatal messages about the rendering (the analysis has its own warnings). */
  messages: string[];
  /** File line of the element an anchor (heading, paragraph or quote) belongs to. */
  lineOfAnchor: (anchor: string) => number | undefined;
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
 * applied (anchors, mention links, quote markup, permalinks), its ids kept off the page's own
 * (src/markdown/page-ids.ts). One pass per article:
 * the page, the open data and the search index all read this result.
 */
export async function renderArticle(options: RenderOptions): Promise<RenderedArticle> {
  const { file, markdown, registry, overrides, hrefFor, aliases = {}, lineOffset = 0 } = options;
  // blank lines stand in for the frontmatter: positions (and error lines) are the file's own
  const vfile = new VFile({ path: file, value: '\n'.repeat(lineOffset) + markdown });
  const parser = unified().use(remarkParse);
  const mdast = parser.parse(vfile) as MdastRoot;
  const nodes = collectBlockNodes(mdast);
  const analysis = analyzeForPage({ file, blocks: toBlockInputs(nodes), overrides }, registry);
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
    .use(rehypeUniqueIds, {
      reserved: ARTICLE_PAGE_IDS,
      keep: new Set([...articleAnchors(analysis), ...Object.keys(aliases)]),
    })
    .use(rehypeStringify);
  const hast = await processor.run(mdast, vfile);
  const html = processor.stringify(hast, vfile);
  return {
    html: String(html),
    headings: analysis.headings.map((hd) => ({ depth: hd.depth, slug: hd.anchor, text: hd.text })),
    analysis,
    messages: vfile.messages.map((m) => `${file}: ${m.reason}`),
    lineOfAnchor: anchorLines(analysis, nodes),
  };
}

function anchorLines(analysis: Analysis, nodes: BlockNode[]): (anchor: string) => number | undefined {
  const lines = new Map<string, number | undefined>();
  const lineOfBlock = (block: number) => nodes[block]?.position?.start.line;
  for (const h of analysis.headings) lines.set(h.anchor, lineOfBlock(h.block));
  for (const p of analysis.paragraphs) lines.set(p.anchor, lineOfBlock(p.block));
  for (const q of analysis.quotes) {
    const paragraph = analysis.paragraphs[q.paragraph - 1];
    if (paragraph) lines.set(q.anchor, lineOfBlock(paragraph.block));
  }
  return (anchor) => lines.get(anchor);
}
