/**
 * The fallback speaker's model: a last-resort speaker for a direct quote the rules leave with no speaker.
 * Its candidates (`fallback-candidates.ts`), the mentions that could speak near the quote, are scored by a
 * logistic model over the features here that `bench/polnear-fallback.ts` learns on PolNeAR train
 * (`fallback-speaker-weights.ts`). The best candidate speaks when its probability reaches the model's
 * threshold; it is a guess, so its confidence is always low.
 *
 * "Ann Roe thanked the council for “a fair hearing.”": no verb of saying, but the sentence's subject, Ann
 * Roe, is the likely speaker.
 */
import type { Features } from './confidence-features.ts';
import {
  MAX_RUN,
  MIN_WORDS,
  quoteRun,
  type FallbackCandidate,
  type FallbackContext,
} from './fallback-candidates.ts';
import { FALLBACK_SPEAKER_MODEL } from './fallback-speaker-weights.ts';
import { isFullSentence } from './quote-cues.ts';
import { outsideQuotes, type QuoteGroup } from './quote-marks.ts';
import { wordCount } from './text.ts';
import { logOdds, sigmoid } from './linear-model.ts';

/** The method name of a fallback attribution (the confidence stage keeps it low). */
export const FALLBACK_METHOD = 'fallback';

/** A fallback model: a bias, a weight per feature, and the probability the best candidate must reach. */
export interface FallbackModel {
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** How a candidate names its speaker. */
function howOf(ctx: FallbackContext, c: FallbackCandidate): string {
  const { res } = c;
  if (!res.key) return 'unnamed';
  if (res.method === 'pronoun' || res.method === 'description') return res.method;
  return ctx.discourse.entities.get(res.key)?.kind === 'person' ? 'name' : 'organisation';
}

/** The features of one candidate of a quote (`all`: every candidate of the quote). */
export function fallbackFeatures(
  g: QuoteGroup,
  c: FallbackCandidate,
  all: FallbackCandidate[],
  ctx: FallbackContext,
): Features {
  const first = g.segments[0]!;
  const last = g.segments[g.segments.length - 1]!;
  const f: Features = {};
  const how = howOf(ctx, c);
  const dist = c.sentences < -2 ? 'far' : String(c.sentences);
  f[`source:${c.source}`] = 1;
  f[`how:${how}`] = 1;
  f[`sentences:${dist}`] = 1;
  f[`source-how:${c.source} ${how}`] = 1;
  f[`source-sentences:${c.source} ${dist}`] = 1;
  if (c.source === 'cue') f[`cue:${c.cue.kind}`] = 1;
  const s = c.cue.subject!;
  const before = c.cue.para < first.para || (c.cue.para === first.para && s.end <= first.start);
  f[before ? 'before' : 'after'] = 1;
  if (c.cue.para === first.para) {
    const gap = before ? first.start - s.end : Math.max(0, s.start - Math.max(last.end, 0));
    f['chars'] = Math.log1p(gap) / 5;
  } else {
    f['other-paragraph'] = 1;
    f['paragraphs-back'] = Math.min(first.para - c.cue.para, MAX_RUN) / MAX_RUN;
    if (quoteRun(ctx, c.cue.para, first.para)) f['quote-run'] = 1;
  }
  if (/^['’]s\b/.test(ctx.masked[c.cue.para]!.slice(s.end))) f['owner'] = 1;
  if (first.open > 0 && /:\s*$/.test(ctx.masked[first.para]!.slice(0, first.open))) f['after-colon'] = 1;
  const e = c.res.key ? ctx.discourse.entities.get(c.res.key) : undefined;
  if (e?.speaker) f['spoke'] = 1;
  if (c.res.key && c.res.key === ctx.previous?.res.key) f['previous-speaker'] = 1;
  if (c.res.key && ctx.discourse.occurrences.find((o) => o.para === first.para)?.key === c.res.key)
    f['paragraph-topic'] = 1;
  const text = g.segments.map((x) => ctx.texts[x.para]!.slice(x.start, x.end)).join(' ');
  f['quote-words'] = Math.log1p(wordCount(text)) / 3;
  if (isFullSentence(text)) f['quote-full'] = 1;
  else if (wordCount(text) < MIN_WORDS) f[`quote-short:${c.source}`] = 1;
  if (outsideQuotes(ctx.masked[first.para]!) === '') f['quote-paragraph'] = 1;
  f['rivals'] = Math.min(all.length - 1, 5) / 5;
  const sameSource = all.filter((o) => o.source === c.source);
  if (sameSource[sameSource.length - 1] === c && before) f['last-before-of-source'] = 1;
  return f;
}

/** The model's probability that the candidate is the quote's speaker mention. */
export function fallbackProbability(f: Features, model: FallbackModel = FALLBACK_SPEAKER_MODEL): number {
  return sigmoid(logOdds(f, model));
}

/** The candidate the model ranks first, when its probability reaches the threshold; else null. */
export function fallbackPick(
  g: QuoteGroup,
  all: FallbackCandidate[],
  ctx: FallbackContext,
  model: FallbackModel = FALLBACK_SPEAKER_MODEL,
): FallbackCandidate | null {
  if (!Object.keys(model.weights).length) return null;
  let best: { c: FallbackCandidate; p: number } | null = null;
  for (const c of all) {
    const p = fallbackProbability(fallbackFeatures(g, c, all, ctx), model);
    if (!best || p > best.p) best = { c, p };
  }
  return best && best.p >= model.threshold ? best.c : null;
}
