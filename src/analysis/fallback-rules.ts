/**
 * Rules of the fallback speaker (`stages/fallback.ts`) for a direct quote the rules leave with no speaker
 * and the model (`fallback-speaker.ts`) gives none: patterns too rare in the training data for the model to
 * learn, each a guess, so always low.
 *
 * "…, Ann Roe said. It works only when “the tide turns our way.”": the quote goes to Ann Roe.
 */
import type { Cue } from './cue.ts';
import type { Resolution } from './discourse.ts';
import {
  MAX_RUN,
  sentencesOf,
  subjectCue,
  type FallbackCandidate,
  type FallbackContext,
} from './fallback-candidates.ts';
import { namesBefore } from './fallback-phrases.ts';
import { leadingName } from './names.ts';
import { isFullSentence } from './quote-cues.ts';
import { outsideQuotes, type QuoteGroup } from './quote-marks.ts';
import { signedOffBelow } from './sign-off.ts';

/**
 * The speaker of a run of quote-only paragraphs that no verb of saying introduces: the one person named in
 * the paragraph just before the run ("Ann Roe spoke only in slogans." then "“…”" paragraphs), when that
 * person has spoken there or before. Null when the quote shares its paragraph with other words, the run is
 * longer than MAX_RUN, that paragraph names nobody or any other name, or a sign-off line signs the quote.
 */
export function runContext(g: QuoteGroup, ctx: FallbackContext): FallbackCandidate | null {
  const p = g.segments[0]!.para;
  if (outsideQuotes(ctx.masked[p]!) !== '' || signedOffBelow(g, ctx.masked)) return null;
  let c = p - 1;
  while (c >= 0 && p - c <= MAX_RUN && outsideQuotes(ctx.masked[c]!) === '') c--;
  if (c < 0 || p - c > MAX_RUN) return null;
  const { occurrences, entities } = ctx.discourse;
  const people = occurrences.filter((o) => o.para === c && entities.get(o.key)?.kind === 'person');
  if (!people.length || people.some((o) => o.key !== people[0]!.key)) return null;
  const o = people[people.length - 1]!;
  if (!ctx.discourse.spoken.some((x) => x.key === o.key && x.para <= c)) return null;
  // no other name in that paragraph: a name the discourse does not know may be another person
  const m = ctx.masked[c]!;
  const words = new Set(entities.get(o.key)!.name.split(/\s+/));
  // (a sentence's first word is any word; two capitalised words opening it are a name)
  const named = sentencesOf(ctx, c).flatMap(([a, b]) => {
    const rest = m.slice(a, b).trimStart();
    const lead = leadingName(rest, b - rest.length);
    const text = lead && m.slice(lead.start, lead.end);
    return [...namesBefore(m, a, b), ...(text && /\s/.test(text) ? [{ text }] : [])];
  });
  if (named.some((x) => x.text.split(/\s+/).some((w) => !words.has(w)))) return null;
  const nm = leadingName(m.slice(o.pos), o.pos);
  if (!nm || nm.start !== o.pos) return null;
  const sent = sentencesOf(ctx, c).find(([a, b]) => o.pos >= a && o.pos < b) ?? [0, m.length];
  const subj = { start: nm.start, end: nm.end, text: m.slice(nm.start, nm.end) };
  const res: Resolution = { key: o.key, method: 'name', coreference: false };
  return { cue: subjectCue(c, sent, subj), res, source: 'run-context', sentences: c - p };
}

/**
 * The speaker of a partial quote in the sentence after a verb of saying of the same paragraph ("…, he said.
 * It works only when “the tide turns.”"), when the quote's own sentence offers nobody among `all`, its
 * candidates and it has no cue of its own: that cue's subject. Null for a quote that is a full sentence, or
 * opens its paragraph.
 */
export function cueJustBefore(
  g: QuoteGroup,
  ctx: FallbackContext,
  all: FallbackCandidate[],
): FallbackCandidate | null {
  const first = g.segments[0]!;
  const p = first.para;
  const text = g.segments.map((x) => ctx.texts[x.para]!.slice(x.start, x.end)).join(' ');
  if (isFullSentence(text) || all.some((c) => c.sentences === 0 && c.cue.para === p)) return null;
  const sents = sentencesOf(ctx, p);
  const at = first.open >= 0 ? first.open : first.start;
  const qi = sents.findIndex(([s, e]) => at >= s && at < e);
  if (qi < 1) return null;
  // a cue of the quote's own sentence, even one naming nobody who speaks ("According to a report, …")
  const [start, end] = sents[qi]!;
  const own = (c: Cue) =>
    c.kind !== 'sentence-subject' && c.start < end && Math.max(c.end, c.verbEnd) > start;
  if (ctx.cues[p]!.some(own)) return null;
  const [from, to] = sents[qi - 1]!;
  const cue = ctx.cues[p]!.filter(
    (c) => c.subject && c.verbEnd > c.verbStart && c.subject.start >= from && c.subject.start < to,
  ).pop();
  const res = cue && ctx.resolved.get(cue);
  return cue && res?.key ? { cue, res, source: 'cue', sentences: -1 } : null;
}
