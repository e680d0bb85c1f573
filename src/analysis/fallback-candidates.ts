/**
 * The candidates of the fallback speaker (`fallback-speaker.ts`) for a direct quote the rules leave with no
 * speaker: the mentions that could speak near it (cue subjects and sentence subjects in its sentence, the
 * sentences before it and the paragraph before, the mention right after a closing mark, the other names of
 * its sentence before it, a phrase before a "who" or before a verb of saying in any form (found by
 * `fallback-phrases.ts`), a byline, and the mention the previous attributed quote went through), each
 * resolved to whom it names. When the model picks none of them, the rules of `fallback-rules.ts` may.
 *
 * "Ann Roe thanked the council for “a fair hearing.”": no verb of saying, but the sentence's subject, Ann
 * Roe, is a candidate.
 */
import type { AliasMatch } from './alias-matcher.ts';
import type { Cue } from './cue.ts';
import { addUnregistered, type Discourse, type Resolution } from './discourse.ts';
import {
  afterQuote,
  beforeSpeechVerbs,
  namesBefore,
  openingName,
  relativesBefore,
  type Phrase,
} from './fallback-phrases.ts';
import { alternation, UNNAMED_LEADS } from './lexicon.ts';
import { leadingName } from './names.ts';
import { quoteEndAbove, signOffName } from './sign-off.ts';
import { isFullSentence } from './quote-cues.ts';
import { keepQuoteEnds, outsideQuotes, type QuoteGroup, type Segment } from './quote-marks.ts';
import { resolveSubject } from './resolve-subject.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { askerOf, wasAsked } from './speech-cues.ts';
import { speakerOf } from './speakers.ts';
import { sentences, wordCount } from './text.ts';

/** Where a candidate comes from: a cue's subject, a sentence's subject, the previous quote's mention. */
export type FallbackSource =
  | 'cue'
  | 'subject'
  | 'opening'
  | 'after-quote'
  | 'named'
  | 'relative'
  | 'verb-phrase'
  | 'byline'
  | 'previous-quote'
  | 'run-context';

/** A mention that could speak a quote: as a cue (its subject is the mention) with its resolution. */
export interface FallbackCandidate {
  cue: Cue;
  res: Resolution;
  source: FallbackSource;
  /** Sentences from the quote's (negative: before it; paragraphs before count as further back). */
  sentences: number;
}

/** What the candidates and features read: the stage's texts, cues, resolutions and discourse. */
export interface FallbackContext {
  masked: string[];
  texts: string[];
  segments: Segment[][];
  matches: AliasMatch[][];
  cues: Cue[][];
  resolved: Map<Cue, Resolution>;
  /** A copy of the discourse model: resolving a sentence subject may add an entity to it. */
  discourse: Discourse;
  /** The cue and resolution of the last quote attributed before this one, and its last paragraph. */
  previous: { cue: Cue; res: Resolution; para: number } | null;
}

/** Fewer words than this make a partial quote (not a full sentence) short: its own sentence speaks for it. */
export const MIN_WORDS = 5;

/** A subject naming nobody in particular ("One tenant", "Another"). */
const UNNAMED_LEAD = new RegExp(`^\\s*(?:${alternation(UNNAMED_LEADS)})\\b`, 'i');

/** Where a lone word opening a sentence was met for the first time (it names nobody there). */
const openerCache = new WeakMap<FallbackContext, Set<string>>();

/** Each paragraph's sentence bounds, read as the cue finder reads them (quoted sentence ends kept). */
const sentenceCache = new WeakMap<FallbackContext, [number, number][][]>();

/** The sentence bounds of paragraph `p`, as the cue finder reads them (cached). */
export function sentencesOf(ctx: FallbackContext, p: number): [number, number][] {
  let all = sentenceCache.get(ctx);
  if (!all) sentenceCache.set(ctx, (all = []));
  return (all[p] ??= sentences(keepQuoteEnds(ctx.masked[p]!, ctx.texts[p]!, ctx.segments[p]!)));
}

/** A speaker-less cue standing for a sentence subject ("Ann Roe" of "Ann Roe thanked …"). */
export function subjectCue(
  para: number,
  sentence: [number, number],
  subject: NonNullable<Cue['subject']>,
): Cue {
  const at = subject.start;
  return {
    para,
    kind: 'sentence-subject',
    start: at,
    end: subject.end,
    verbStart: at,
    verbEnd: at,
    verb: '',
    subject,
    sentence,
    clause: null,
  };
}

/** True if the resolution names a speaker (a person, a body, or an unnamed source the words describe). */
function speaks(ctx: FallbackContext, c: Cue, res: Resolution): boolean {
  const sp = speakerOf(ctx.discourse, res, c.subject?.role, c.subject?.text);
  return !!(sp.id || sp.name || sp.description);
}

/**
 * The candidates for `g`: cue subjects and sentence subjects from two sentences before the quote's to the
 * one after it (the paragraph before counts when the quote opens its paragraph), the mention right after
 * each closing mark ("“…,” he mocks. “…”"), the other names of the quote's sentence before it ("In the view
 * of Ann Roe, “…”"), a byline under a quote ending its paragraph ("— Ann Roe, Leeds."), and the previous
 * quote's mention (within two paragraphs). In the quote's sentence also the phrase a "who" follows ("Jo
 * Kell, who thinks the plan “…”": the mention is "who") and the phrase before a verb of saying in any form
 * ("led the board to say “…”", "a voice-over saying: “…”"), unless a cue's subject holds it. A short partial
 * quote (under five words) takes candidates from its own sentence only. One candidate per mention.
 */
export function fallbackCandidates(g: QuoteGroup, ctx: FallbackContext): FallbackCandidate[] {
  // a few words not a sentence ("a home from home") may be a term the text uses, not words said: only
  // its own sentence may give it a speaker ("Kell, who called it “a sham,” …")
  const text = g.segments.map((x) => ctx.texts[x.para]!.slice(x.start, x.end)).join(' ');
  const short = wordCount(text) < MIN_WORDS && !isFullSentence(text);
  const first = g.segments[0]!;
  const p = first.para;
  const out: FallbackCandidate[] = [];
  const seen = new Set<string>();
  const add = (cue: Cue, res: Resolution, source: FallbackSource, dist: number) => {
    const key = `${cue.para}:${(cue.subject!.relativePronoun ?? cue.subject!).start}`;
    if (seen.has(key) || UNNAMED_LEAD.test(cue.subject!.text) || !speaks(ctx, cue, res)) return;
    seen.add(key);
    out.push({ cue, res, source, sentences: dist });
  };
  const sents = sentencesOf(ctx, p);
  const at = first.open >= 0 ? first.open : first.start;
  const qi = Math.max(
    0,
    sents.findIndex(([s, e]) => at >= s && at < e),
  );
  const opensPara = /^[\s░“"„«]*$/.test(ctx.masked[p]!.slice(0, at));
  const range: { para: number; idx: number; dist: number }[] = [];
  for (let k = -2; k <= 1; k++) if (sents[qi + k]) range.push({ para: p, idx: qi + k, dist: k });
  if (p > 0 && (opensPara || qi === 0)) {
    const prev = sentencesOf(ctx, p - 1);
    for (let k = 1; k <= 2; k++)
      if (prev[prev.length - k]) range.push({ para: p - 1, idx: prev.length - k, dist: -qi - k });
  }
  const isEntity = (para: number) => (s: number, e: number) =>
    ctx.matches[para]!.some((x) => x.type === 'actor' && x.start <= s && e <= x.end + 2 && x.end >= e - 2);
  // the subjects of the quote's sentence: a name inside one is a modifier of it ("The Harbourside festival")
  const spans: { start: number; end: number }[] = [];
  for (const { para, idx, dist } of range) {
    const sent = sentencesOf(ctx, para)[idx]!;
    for (const c of ctx.cues[para]!) {
      if (!c.subject || c.subject.start < sent[0] || c.subject.start >= sent[1]) continue;
      const res = ctx.resolved.get(c);
      if (res) add(c, res, 'cue', dist);
    }
    const m = ctx.masked[para]!;
    // the quote's own sentence: its subject before the quote, else after it ("“…” Roe tweeted")
    let from = sent[0];
    let limit = sent[1];
    if (dist === 0 && para === p) {
      if (/\p{L}/u.test(m.slice(sent[0], at))) limit = at;
      else {
        const last = g.segments[g.segments.length - 1]!;
        from = last.para === p && last.close >= 0 ? last.close + 1 : sent[1];
      }
    }
    if (from >= limit) continue;
    const subj = sentenceSubject({ masked: m, isEntity: isEntity(para) }, from, limit);
    // "Roe was asked, “…”": the one asked says none of the question, and nobody named asks it (a named
    // asker is the rules'): no mention near it speaks it
    if (
      subj &&
      dist === 0 &&
      para === p &&
      limit === at &&
      wasAsked(m, subj.end, at) &&
      !askerOf(m, subj.end, at)
    )
      return [];
    if (subj && dist === 0 && para === p) spans.push(subj);
    if (subj && /\p{L}/u.test(subj.text))
      add(subjectCue(para, sent, subj), resolveNew(ctx, subj, para), 'subject', dist);
    const opening = openingName(m, from, limit);
    if (opening) add(subjectCue(para, sent, opening), resolveNew(ctx, opening, para), 'opening', dist);
  }
  const sent = sents[qi];
  if (sent) {
    const m = ctx.masked[p]!;
    const segs = g.segments.filter((x) => x.para === p);
    segs.forEach((x, i) => {
      if (x.close < 0) return;
      const next = segs[i + 1];
      const stop = next && next.open >= 0 ? next.open : Math.max(sent[1], x.close + 1);
      const after = afterQuote(m, x.close + 1, stop);
      if (after) add(subjectCue(p, sent, after), resolveNew(ctx, after, p), 'after-quote', 0);
    });
    // a name inside a cue's or the sentence's subject is that subject's ("One A&E consultant" may be
    // left unnamed by the rules on purpose)
    for (const c of ctx.cues[p]!) if (c.subject) spans.push(c.subject);
    // "Jo Kell, who thinks the plan “…”": the relative pronoun names the speaker, resolved to what it follows
    // words inside a cue's subject that names nobody in particular ("One tenant in Leeds, who …") were
    // left unnamed on purpose
    const unnamed = ctx.cues[p]!.flatMap((c) =>
      c.subject && UNNAMED_LEAD.test(c.subject.text) ? [c.subject] : [],
    );
    const ruled = (x: Phrase) =>
      unnamed.some(
        (y) =>
          (y.start <= x.start && x.start < y.end) ||
          (!!x.pronoun && y.relativePronoun?.start === x.pronoun.start),
      );
    for (const r of beforeSpeechVerbs(m, sent[0], sent[1]))
      if (!ruled(r)) add(subjectCue(p, sent, r), resolveNew(ctx, r, p), 'verb-phrase', 0);
    for (const r of relativesBefore(m, sent[0], at)) {
      if (ruled(r)) continue;
      const { pronoun, ...ante } = r;
      const subj = { ...ante, relative: true, relativePronoun: pronoun! };
      add(subjectCue(p, sent, subj), resolveNew(ctx, ante, p), 'relative', 0);
    }
    const inCue = (x: { start: number }) => spans.some((y) => y.start <= x.start && x.start < y.end);
    for (const nm of namesBefore(m, sent[0], at)) {
      if (inCue(nm)) continue;
      const owner = /^['’]s\b/.test(m.slice(nm.end));
      add(subjectCue(p, sent, nm), resolveNew(ctx, nm, p, owner), 'named', 0);
    }
  }
  // a byline paragraph after a quote that ends its own ("“…”" then "— Ann Roe, Leeds." or a sign-off line
  // with no dash, "Ben Ortiz, Harbour Policy Institute."), or that closes a quote left open ("Ann Roe.”")
  const last = g.segments[g.segments.length - 1]!;
  const below = ctx.masked[last.para + 1];
  const end = quoteEndAbove(g, ctx.masked);
  if (below !== undefined && end) {
    const dash = end === 'closed' ? /^\s*[-–—]+\s*/.exec(below) : null;
    const nm = dash
      ? leadingName(below.slice(dash[0].length), dash[0].length)
      : signOffName(below, end === 'open');
    if (nm) {
      const subj = { start: nm.start, end: nm.end, text: below.slice(nm.start, nm.end) };
      const line = sentencesOf(ctx, last.para + 1)[0] ?? [0, below.length];
      add(subjectCue(last.para + 1, line, subj), resolveNew(ctx, subj, last.para + 1), 'byline', 1);
    }
  }
  if (short) return out.filter((c) => c.sentences === 0 && c.cue.para === p);
  const prev = ctx.previous;
  if (prev?.cue.subject && prev.cue.para <= p && (prev.para >= p - 2 || quoteRun(ctx, prev.para, p)))
    add(prev.cue, prev.res, 'previous-quote', prev.cue.para === p ? -1 : -3);
  return out;
}

/** The longest run of quote-only paragraphs a previous quote's speaker reaches across. */
export const MAX_RUN = 6;

/** True if every paragraph after `from` up to `to` is nothing but quoted words (a run of quotes). */
export function quoteRun(ctx: Pick<FallbackContext, 'masked'>, from: number, to: number): boolean {
  if (to - from > MAX_RUN) return false;
  for (let k = from + 1; k <= to; k++) if (outsideQuotes(ctx.masked[k]!) !== '') return false;
  return true;
}

/**
 * The resolution of a sentence subject; a name nobody met yet becomes a person or body of its own (of two
 * words or more, or of one when `owner`: "In Kell’s view", whom a place preposition does not make a place);
 * a lone word met for the first time that opens its sentence is no name unless it owns something.
 */
function resolveNew(
  ctx: FallbackContext,
  subj: NonNullable<Cue['subject']>,
  para: number,
  owner = false,
): Resolution {
  const known = ctx.discourse.entities.size;
  const res = resolveSubject(ctx.discourse, subj, para, ctx.matches[para]!, ctx.texts);
  // one capitalised word nobody met before may be any word opening a sentence ("Rain fell …"); resolving it
  // made it an entity, yet it names nobody there however often it is read ("Rain, for farmers, is “…”": the
  // sentence's subject, then its opening name)
  const sent = sentencesOf(ctx, para).find(([a, b]) => subj.start >= a && subj.start < b);
  const opens = !sent || !/\p{L}/u.test(ctx.masked[para]!.slice(sent[0], subj.start));
  let openers = openerCache.get(ctx);
  if (!openers) openerCache.set(ctx, (openers = new Set()));
  const at = `${para}:${subj.start}`;
  const lone = !owner && opens && !/\s/.test(subj.text.trim());
  if (lone && (ctx.discourse.entities.size > known || openers.has(at))) {
    // after a quote ("“…,” Will wrote") the word is no sentence's first, and a name the next time
    if (!/\p{L}/u.test(ctx.texts[para]!.slice(sent?.[0] ?? 0, subj.start))) openers.add(at);
    return { key: null, method: 'unresolved', coreference: false };
  }
  const named = owner ? /^\p{Lu}\p{Ll}/u.test(subj.text) : /^\p{Lu}\S*\s+\p{Lu}/u.test(subj.text);
  if (res.key || !named || /^(?:The|A|An)\s/.test(subj.text)) return res;
  const e = addUnregistered(ctx.discourse, subj.text, para, subj.start, ctx.texts);
  return { key: e.key, method: 'name', coreference: false };
}
