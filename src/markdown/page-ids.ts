/**
 * The article page's own ids, and the step that keeps article anchors off them. An article whose
 * heading is "Status" or "Search dialog" would otherwise give the page two elements with one id:
 * the skip link, the live region or the search dialog would find the article's heading instead.
 * A colliding anchor gets the next free suffix ("status-2"); anchors already published (the lock)
 * never collided, so they do not change.
 */
import { analyzeArticle } from '../analysis/analyze.ts';
import type { Analysis, ArticleInput } from '../analysis/types.ts';
import type { Registry } from '../registry/schema.ts';

/**
 * Every id the article page's layout and components give their own elements (BaseLayout,
 * SearchDialog (built on first open), AnalysisSwitch, TableOfContents, CiteArticle,
 * ArticleAnalysisPanel and its chart). tests/e2e/page-ids.test.ts
 * fails when the built page has one that is missing here.
 */
export const ARTICLE_PAGE_IDS: ReadonlySet<string> = new Set([
  'main',
  'status',
  'toc-title',
  'analysis',
  'analysis-title',
  'panel-actors',
  'panel-conflicts',
  'panel-quotes',
  'panel-reported',
  'article-voices',
  'article-voices-caption',
  'article-voices-title',
  'article-voices-desc',
  'show-analysis',
  'show-analysis-hint',
  'cite-this',
  'cite-plain',
  'cite-bibtex',
  'cite-csl',
  'search-dialog',
  'search-dialog-title',
  'dialog-search-q',
  'dialog-search-hint',
  'dialog-search-results',
]);

/** The first of `id-2`, `id-3`, … that is not taken. */
export function freeId(id: string, taken: ReadonlySet<string>): string {
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/**
 * The analysis with every heading, paragraph and quote anchor that equals a reserved page id
 * renamed to a free suffix of it; an analysis with no collision is returned as it is.
 */
export function reservePageIds(
  analysis: Analysis,
  reserved: ReadonlySet<string> = ARTICLE_PAGE_IDS,
): Analysis {
  const anchors = [
    ...analysis.headings.map((h) => h.anchor),
    ...analysis.paragraphs.map((p) => p.anchor),
    ...analysis.quotes.map((q) => q.anchor),
  ];
  if (!anchors.some((a) => reserved.has(a))) return analysis;
  const taken = new Set([...reserved, ...anchors]);
  for (const q of analysis.quotes) q.parts.forEach((_, i) => taken.add(`${q.anchor}-${i + 2}`));
  const renamed = new Map<string, string>();
  const rename = (anchor: string): string => {
    if (!reserved.has(anchor)) return anchor;
    let next = renamed.get(anchor);
    if (!next) {
      next = freeId(anchor, taken);
      taken.add(next);
      renamed.set(anchor, next);
    }
    return next;
  };
  return {
    ...analysis,
    headings: analysis.headings.map((h) => ({ ...h, anchor: rename(h.anchor) })),
    paragraphs: analysis.paragraphs.map((p) => ({ ...p, anchor: rename(p.anchor) })),
    quotes: analysis.quotes.map((q) =>
      reserved.has(q.anchor)
        ? { ...q, anchor: rename(q.anchor), id: q.id === q.anchor ? rename(q.id) : q.id }
        : q,
    ),
  };
}

/** The analysis the site publishes: `analyzeArticle` with page ids reserved (the CLI and the anchor lock use it too). */
export function analyzeForPage(input: ArticleInput, registry: Registry): Analysis {
  return reservePageIds(analyzeArticle(input, registry));
}
