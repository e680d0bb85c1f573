/** Stage 1, text: body paragraphs and headings, their stable anchors, and the texts later stages read. */
import type { Registry } from '../../registry/schema.ts';
import { headingAnchors, paragraphAnchors } from '../anchors.ts';
import type { TextLayer } from '../context.ts';
import { maskAffiliations, maskTimestamps } from '../text.ts';
import type { ArticleInput, Paragraph } from '../types.ts';

/** Splits an article's blocks into paragraphs and headings and gives each its anchor. */
export function readText(input: ArticleInput, registry: Registry): TextLayer {
  const paragraphBlocks: number[] = [];
  const headingBlocks: number[] = [];
  input.blocks.forEach((b, i) => (b.kind === 'heading' ? headingBlocks : paragraphBlocks).push(i));
  const raw = paragraphBlocks.map((i) => input.blocks[i]!.text);
  const headingTexts = headingBlocks.map((i) => input.blocks[i]!.text);
  const hAnchors = headingAnchors(headingTexts);
  const pAnchors = paragraphAnchors(raw, hAnchors);
  const paragraphs: Paragraph[] = raw.map((text, i) => ({
    index: i + 1,
    anchor: pAnchors[i]!,
    text,
    block: paragraphBlocks[i]!,
  }));
  return {
    input,
    registry,
    paragraphBlocks,
    headingBlocks,
    raw,
    // the analysis reads the paragraphs with live-blog time stamps and legislators' "(R-Texas)" masked (same
    // offsets); anchors and texts keep them
    texts: raw.map((t) => maskAffiliations(maskTimestamps(t))),
    headingTexts,
    headingAnchors: hAnchors,
    paragraphs,
    usedIds: new Set<string>([...hAnchors, ...pAnchors]),
  };
}
