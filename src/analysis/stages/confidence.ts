/**
 * Confidence (after reported speech, before the editor's overrides): each attribution's level from the
 * learned model (`confidence.ts`), read from the features of its cue, its speaker mention and the people
 * around it (`confidence-features.ts`).
 */
import type { Attribution, Features } from '../confidence-features.ts';
import { attributionFeatures, PRONOUN_GENDER } from '../confidence-features.ts';
import { confidenceOf } from '../confidence.ts';
import type { AfterAttribution } from '../context.ts';
import type { Cue } from '../cue.ts';
import { FALLBACK_METHOD } from '../fallback-speaker.ts';
import type { Quote } from '../types.ts';

/** Sees each scored attribution with its features and probability (the training script listens). */
export type ConfidenceObserver = (quote: Quote, features: Features, probability: number) => void;

/** The cue a reported statement was cut from: the one whose verb (or subject) its evidence shows. */
function reportedCue(q: Quote, cues: Cue[][]): Cue | undefined {
  const e = q.evidence!;
  return cues[q.paragraph - 1]!.find((c) =>
    e.cue
      ? c.verbStart === e.cue.start && c.verbEnd === e.cue.end
      : !!e.mention && c.subject?.start === e.mention.start && c.subject.end === e.mention.end,
  );
}

/**
 * True when the quote's speaker is reached through "he" or "she" and the person's first name usually has
 * the other gender, with no gender the text states for them.
 */
function firstNameClash(a: Attribution, d: AfterAttribution['discourse']): boolean {
  const word = a.how === 'pronoun' ? a.cue?.subject?.text.trim().toLowerCase() : undefined;
  const gender = word ? PRONOUN_GENDER[word] : undefined;
  const e = a.res.key ? d.entities.get(a.res.key) : undefined;
  return !!gender && !!e?.nameGender && e.nameGender !== gender && e.gender !== gender;
}

/** What the features read of one attribution: the quote's evidence and speaker, its cue and parts. */
function attributionOf(
  q: Quote,
  cue: Attribution['cue'],
  res: Attribution['res'],
  parts: Attribution['parts'],
  joined: Attribution['joined'],
): Attribution {
  const { link, how } = q.evidence!;
  return { kind: q.kind, cue, res, link, how, speaker: q.speaker, parts, joined };
}

/**
 * Sets the confidence of every attributed quote and reported statement (`quotes`: the attribution stage's
 * direct and scare quotes, one per quote group and in its order, plus the reported statements).
 */
export function scoreConfidence(ctx: AfterAttribution, quotes: Quote[], observe?: ConfidenceObserver): void {
  const { groups, attributions, resolved, cues, masked, texts, discourse } = ctx;
  const fctx = { masked, texts, discourse, cues, resolved };
  const byQuote = new Map<Quote, Attribution>();
  ctx.quotes.forEach((q, i) => {
    const g = groups[i]!;
    const a = attributions.get(g);
    if (!q.evidence || !a) return;
    const parts = g.segments.map((s) => ({ para: s.para, start: s.start, end: s.end }));
    byQuote.set(q, attributionOf(q, a.cue, a.res, parts, g.joined));
  });
  for (const q of quotes) {
    if (!q.evidence || q.evidence.how === 'override') continue;
    // a fallback guess stays low whatever its features say
    if (q.method === FALLBACK_METHOD) {
      q.confidence = 'low';
      continue;
    }
    let a = byQuote.get(q);
    if (!a && q.kind === 'reported') {
      const cue = reportedCue(q, cues);
      const res = cue && resolved.get(cue);
      if (cue && res) {
        const parts = q.parts.map((p) => ({ para: p.paragraph - 1, start: p.start, end: p.end }));
        a = attributionOf(q, cue, res, parts, []);
      }
    }
    if (!a) continue;
    const features = attributionFeatures(a, fctx);
    const { probability, level } = confidenceOf(features);
    // "Ann Roe met Tom Kell. “…,” he said." -> Ann Roe: a pronoun against its person's first name is a doubt
    // the corpus cannot score (its Source is the pronoun), so it is never shown as fact
    q.confidence = level !== 'low' && firstNameClash(a, discourse) ? 'low' : level;
    observe?.(q, features, probability);
  }
}
