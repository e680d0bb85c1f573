/**
 * Stage 4, cues: the speech cues of each paragraph ("X said", "according to X", "X: “…”") and their subjects.
 */
import type { AfterQuoteSpans, CueLayer } from '../context.ts';
import { keepQuoteEnds, outsideQuotes } from '../quote-marks.ts';
import { findCues } from '../speech-cues.ts';

/** A paragraph that is nothing but a quote (its words masked). */
function onlyQuote(masked: string): boolean {
  return /░/.test(masked) && outsideQuotes(masked) === '';
}

/**
 * Finds every paragraph's cues; a subject inside a registered actor's name counts as that actor. Sentences
 * end after a quoted sentence too (“… as mayor.” He said …), though its words are masked.
 */
export function findAllCues(ctx: AfterQuoteSpans): CueLayer {
  const cues = ctx.masked.map((m, p) =>
    findCues(
      m,
      p,
      (s, e) =>
        ctx.matches[p]!.some((x) => x.type === 'actor' && x.start <= s && e <= x.end + 2 && x.end >= e - 2),
      keepQuoteEnds(m, ctx.texts[p]!, ctx.segments[p]!),
      p + 1 < ctx.masked.length && onlyQuote(ctx.masked[p + 1]!),
      ctx.segments[p]![0]?.label ?? null,
    ),
  );
  return { cues };
}
