/**
 * The last step of attribution: a learned guess at the speaker of a direct quote the rules leave with none
 * (`fallback-speaker.ts`). "Ann Roe thanked the council for “a fair hearing.”" has no verb of saying; the
 * guess gives the quote to Ann Roe through the sentence's subject, with method "fallback" (always low).
 */
import type { AfterResolution } from '../context.ts';
import type { Cue } from '../cue.ts';
import type { Discourse } from '../discourse.ts';
import type { Features } from '../confidence-features.ts';
import { fallbackCandidates, type FallbackContext } from '../fallback-candidates.ts';
import { cueJustBefore, runContext } from '../fallback-rules.ts';
import { FALLBACK_METHOD, fallbackFeatures, fallbackPick, type FallbackModel } from '../fallback-speaker.ts';
import type { QuoteCue } from '../quote-cues.ts';
import type { QuoteGroup } from '../quote-marks.ts';
import type { Quote } from '../types.ts';

/** One fallback candidate as the training script sees it: its features and mention span. */
export interface FallbackObserved {
  features: Features;
  mention: { paragraph: number; start: number; end: number };
}

/** Options of the fallback: a model other than the committed one, an observer of every no-speaker quote. */
export interface FallbackOptions {
  model?: FallbackModel;
  observe?: (quote: Quote, candidates: FallbackObserved[]) => void;
}

/** The words naming the speaker as the evidence shows them: the relative pronoun when reached through one. */
function mentionSpan(s: NonNullable<Cue['subject']>): { start: number; end: number } {
  const at = s.relativePronoun ?? s;
  return { start: at.start, end: at.end };
}

/** A copy of the discourse model that resolving a sentence subject may add to, the real one untouched. */
function copyDiscourse(d: Discourse): Discourse {
  return {
    ...d,
    entities: new Map([...d.entities].map(([k, e]) => [k, { ...e }])),
    occurrences: [...d.occurrences],
    byName: new Map(d.byName),
    unresolved: [...d.unresolved],
    spoken: [...d.spoken],
    subjectNames: [...d.subjectNames],
  };
}

/** The fallback of one article: guesses in reading order, noting each quote the rules attributed. */
export interface Fallback {
  /** The discourse model the guesses' speakers are read from. */
  discourse: Discourse;
  /** Notes a quote the rules attributed (its mention is a candidate for the quotes after it). */
  attributed(g: QuoteGroup, a: QuoteCue): void;
  /** The guessed attribution of a direct quote with no speaker, or null. */
  guess(g: QuoteGroup): QuoteCue | null;
  /** Shows the observer each guessed-at quote's candidates (`quotes[i]` is the record of `groups[i]`). */
  report(groups: QuoteGroup[], quotes: Quote[]): void;
}

/** The fallback for an article at the attribution stage. */
export function fallbackFor(ctx: AfterResolution, options: FallbackOptions = {}): Fallback {
  let fctx: FallbackContext | null = null;
  let previous: FallbackContext['previous'] = null;
  const seen = new Map<QuoteGroup, FallbackObserved[]>();
  const context = (): FallbackContext =>
    (fctx ??= {
      masked: ctx.masked,
      texts: ctx.texts,
      segments: ctx.segments,
      matches: ctx.matches,
      cues: ctx.cues,
      resolved: ctx.resolved,
      discourse: copyDiscourse(ctx.discourse),
      previous: null,
    });
  return {
    get discourse() {
      return fctx?.discourse ?? ctx.discourse;
    },
    attributed(g, a) {
      const para = g.segments[g.segments.length - 1]!.para;
      if (a.cue?.subject) previous = { cue: a.cue, res: a.res, para };
    },
    guess(g) {
      const c = context();
      c.previous = previous;
      const all = fallbackCandidates(g, c);
      if (options.observe)
        seen.set(
          g,
          all.map((x) => ({
            features: fallbackFeatures(g, x, all, c),
            mention: { paragraph: x.cue.para + 1, ...mentionSpan(x.cue.subject!) },
          })),
        );
      // the model's pick, else a rule for what the model sees too rarely to learn: the one person named
      // before a run of quotes, the speaker of the sentence before a partial quote
      const pick = fallbackPick(g, all, c, options.model) ?? runContext(g, c) ?? cueJustBefore(g, c, all);
      if (!pick) return null;
      // the evidence says it is a guess, and through which mention (a name, a pronoun, the previous quote's)
      return { cue: pick.cue, res: pick.res, method: FALLBACK_METHOD, link: 'guess' };
    },
    report(groups, quotes) {
      if (!options.observe) return;
      groups.forEach((g, i) => {
        const cands = seen.get(g);
        if (cands) options.observe!(quotes[i]!, cands);
      });
    },
  };
}
