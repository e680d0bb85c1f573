/**
 * Stage 3, quote spans: quoted stretches, grouped into quotes (split and multi-paragraph), and masked texts.
 */
import type { AfterMentions, QuoteSpanLayer } from '../context.ts';
import { groupQuotes, maskQuotes, type Segment } from '../quote-marks.ts';

/** Finds and groups the quotes, and masks the quoted words so later stages read only the reporting text. */
export function findQuoteSpans(ctx: AfterMentions): QuoteSpanLayer {
  const groups = groupQuotes(ctx.texts);
  const segments: Segment[][] = ctx.texts.map(() => []);
  for (const g of groups) for (const s of g.segments) segments[s.para]!.push(s);
  segments.forEach((ss) => ss.sort((a, b) => a.start - b.start));
  const masked = ctx.texts.map((t, p) => maskQuotes(t, segments[p]!));
  return { groups, segments, masked };
}
