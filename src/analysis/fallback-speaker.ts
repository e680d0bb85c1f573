/**
 * A last-resort speaker for a direct quote the rules leave with no speaker: the mentions that could speak
 * near it (cue subjects and sentence subjects in its sentence, the sentences before it and the paragraph
 * before, the mention right after a closing mark, the other names of its sentence before it, a phrase
 * before a "who" or before a verb of saying in any form, and the mention the previous attributed quote went
 * through), scored by a logistic model that
 * `bench/polnear-fallback.ts` learns on PolNeAR train (`fallback-speaker-weights.ts`). The best candidate
 * speaks when its probability reaches the model's threshold; it is a guess, so its confidence is always low.
 *
 * "Ann Roe thanked the council for “a fair hearing.”": no verb of saying, but the sentence's subject, Ann
 * Roe, is the likely speaker.
 */
import type { AliasMatch } from './alias-matcher.ts';
import type { Features } from './confidence-features.ts';
import type { Cue } from './cue.ts';
import { addUnregistered, type Discourse, type Resolution } from './discourse.ts';
import { FALLBACK_SPEAKER_MODEL } from './fallback-speaker-weights.ts';
import {
  alternation,
  AUXILIARIES,
  DETERMINERS,
  DOCUMENT_VERBS,
  PREPOSITION_HEADS,
  SUBJECT_PRONOUNS,
  SUBJECT_STOP_WORDS,
  UNNAMED_LEADS,
} from './lexicon.ts';
import { leadingName } from './names.ts';
import { isFullSentence } from './quote-cues.ts';
import { keepQuoteEnds, outsideQuotes, type QuoteGroup, type Segment } from './quote-marks.ts';
import { resolveSubject } from './resolve-subject.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { askerOf, wasAsked } from './speech-cues.ts';
import { SPEECH_VERB } from './speech-verbs.ts';
import { speakerOf } from './speakers.ts';
import { sentences, wordCount } from './text.ts';
import { logOdds, sigmoid } from './linear-model.ts';

/** The method name of a fallback attribution (the confidence stage keeps it low). */
export const FALLBACK_METHOD = 'fallback';

/** A fallback model: a bias, a weight per feature, and the probability the best candidate must reach. */
export interface FallbackModel {
  bias: number;
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

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
  | 'previous-quote';

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
const MIN_WORDS = 5;

/** A subject naming nobody in particular ("One tenant", "Another"). */
const UNNAMED_LEAD = new RegExp(`^\\s*(?:${alternation(UNNAMED_LEADS)})\\b`, 'i');

/** Where a lone word opening a sentence was met for the first time (it names nobody there). */
const openerCache = new WeakMap<FallbackContext, Set<string>>();

/** Each paragraph's sentence bounds, read as the cue finder reads them (quoted sentence ends kept). */
const sentenceCache = new WeakMap<FallbackContext, [number, number][][]>();

function sentencesOf(ctx: FallbackContext, p: number): [number, number][] {
  let all = sentenceCache.get(ctx);
  if (!all) sentenceCache.set(ctx, (all = []));
  return (all[p] ??= sentences(keepQuoteEnds(ctx.masked[p]!, ctx.texts[p]!, ctx.segments[p]!)));
}

/** A speaker-less cue standing for a sentence subject ("Ann Roe" of "Ann Roe thanked …"). */
function subjectCue(para: number, sentence: [number, number], subject: NonNullable<Cue['subject']>): Cue {
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
  // a byline paragraph after a quote that ends its own ("“…”" then "— Ann Roe, Leeds.")
  const last = g.segments[g.segments.length - 1]!;
  const below = ctx.masked[last.para + 1];
  if (
    below !== undefined &&
    last.close >= 0 &&
    !/\p{L}/u.test(ctx.masked[last.para]!.slice(last.close + 1))
  ) {
    const dash = /^\s*[-–—]+\s*/.exec(below);
    const nm = dash && leadingName(below.slice(dash[0].length), dash[0].length);
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
const MAX_RUN = 6;

/** True if every paragraph after `from` up to `to` is nothing but quoted words (a run of quotes). */
export function quoteRun(ctx: Pick<FallbackContext, 'masked'>, from: number, to: number): boolean {
  if (to - from > MAX_RUN) return false;
  for (let k = from + 1; k <= to; k++) if (outsideQuotes(ctx.masked[k]!) !== '') return false;
  return true;
}

/**
 * A name opening the sentence before a comma or a lower-case word ("Tom Hale, for his part, is labeling
 * …"), which the main-verb subject finder misses, or null.
 */
function openingName(m: string, from: number, limit: number): NonNullable<Cue['subject']> | null {
  const nm = leadingName(m.slice(from, limit), from);
  if (!nm || !/^\s*(?:,|[a-z])/.test(m.slice(nm.end, limit))) return null;
  return { start: nm.start, end: nm.end, text: m.slice(nm.start, nm.end) };
}

/** A determiner ending the text before a name. */
const DETERMINER_BEFORE = new RegExp(`\\b(?:${alternation(DETERMINERS)})\\s+$`, 'i');

/** A pronoun that may stand for a speaker after a quote ("“…,” he mocks"). */
const PRONOUN = new RegExp(`^(?:${alternation(SUBJECT_PRONOUNS)})$`, 'i');

/**
 * The mention right after a closing quote mark, behind at most one lower-case word ("“…,” he mocks",
 * "“…,” agrees Mia Stone"), up to `stop` (the next quote or the sentence's end), or null.
 */
function afterQuote(m: string, from: number, stop: number): NonNullable<Cue['subject']> | null {
  const lead = /^[\s,;:—–-]*(?:(\p{Ll}+)\s+)?/u.exec(m.slice(from, stop))!;
  const at = from + lead[0].length;
  const word = /^\p{L}+/u.exec(m.slice(at, stop));
  if (!lead[1] && word && PRONOUN.test(word[0]))
    return { start: at, end: at + word[0].length, text: word[0] };
  if (lead[1] && PRONOUN.test(lead[1])) {
    const start = at - lead[1].length - 1;
    return { start, end: start + lead[1].length, text: lead[1] };
  }
  const nm = leadingName(m.slice(at, stop), at);
  return nm ? { start: nm.start, end: nm.end, text: m.slice(nm.start, nm.end) } : null;
}

/**
 * The names in the quote's sentence before the quote ("In Roe’s view, “…”", "For Kell, “…”"): each run of
 * capitalised words a name begins, but a label before a colon and the sentence's first word (unless it owns).
 */
function namesBefore(m: string, from: number, to: number): NonNullable<Cue['subject']>[] {
  const out: NonNullable<Cue['subject']>[] = [];
  let last = -1;
  for (const w of m.slice(from, to).matchAll(/(?<![\p{L}\p{M}\p{N}'’.&-])\p{Lu}/gu)) {
    const at = from + w.index!;
    if (at < last) continue;
    const nm = leadingName(m.slice(at, to), at);
    if (!nm) continue;
    last = nm.end;
    // a label before a colon ("Q: “…”", "Lisbon: “…”") is the colon rules' to read, not a name said
    if (/^\s*:/.test(m.slice(nm.end, to))) continue;
    // "the Harbourside arts festival": a name between a determiner and a noun modifies the noun
    if (DETERMINER_BEFORE.test(m.slice(from, nm.start)) && /^\s+\p{Ll}/u.test(m.slice(nm.end, to))) continue;
    // the sentence's first word is capitalised whatever it is: the subject finders read it
    if (!/\p{L}/u.test(m.slice(from, nm.start)) && !/^['’]s\b/.test(m.slice(nm.end))) continue;
    out.push({ start: nm.start, end: nm.end, text: m.slice(nm.start, nm.end) });
  }
  return out;
}

/** A relative pronoun that may be a verb's subject ("who"), not its object ("whom"). */
const RELATIVE_WHO = /(?<![\p{L}'’])[Ww]ho(?![\p{L}'’])/gu;

/** The words that may lead a description ("the", "a", "his"), lower-case. */
const DETERMINER_WORD = new RegExp(`^(?:${alternation(DETERMINERS)})$`);

/**
 * The phrase ending at `end` (after `from`): a name ("Jo Kell"), else a description from a determiner at most
 * five words back ("a former aide"), else its last word when lower-case ("critics"), with the head it follows
 * after "of" ("members of the harbour board", "Article 9 of the charter"); or null.
 */
function phraseEndingAt(m: string, from: number, end: number): NonNullable<Cue['subject']> | null {
  if (end <= from) return null;
  for (const c of m.slice(from, end).matchAll(/(?<![\p{L}\p{M}\p{N}'’.&-])\p{Lu}/gu)) {
    const nm = leadingName(m.slice(from + c.index!, end), from + c.index!);
    if (nm && nm.end === end) return { start: nm.start, end, text: m.slice(nm.start, end) };
  }
  const base = Math.max(from, end - 80);
  const words = [...m.slice(base, end).matchAll(/[\p{L}\p{N}’'.&-]+/gu)];
  const last = words[words.length - 1];
  if (!last || base + last.index! + last[0].length !== end || !/^\p{Ll}/u.test(last[0])) return null;
  if (NOT_A_HEAD.has(last[0]) || /ly$/.test(last[0])) return null;
  let first = last;
  for (let k = 2; k <= 5 && words.length - k >= 0; k++) {
    const x = words[words.length - k]!;
    if (DETERMINER_WORD.test(x[0])) {
      first = x;
      break;
    }
  }
  let start = base + first.index!;
  // "members of the harbour board", "Article 9 of the charter": the head before "of" heads the phrase
  const of = HEAD_BEFORE_OF.exec(m.slice(Math.max(from, start - 60), start));
  if (of && !NOT_A_HEAD.has(of[2]!.toLowerCase()) && !PREPOSITION_HEAD.has(of[2]!.toLowerCase()))
    start -= of[0].length - /^\s*/.exec(of[0])![0].length;
  return { start, end, text: m.slice(start, end) };
}

/** A noun phrase's head before "of" ("members of ", "the head of ", "Article 9 of "), a determiner led. */
const HEAD_BEFORE_OF = new RegExp(
  `(?:^|\\s)((?:(?:${alternation(DETERMINERS)})\\s+)?(\\p{L}[\\p{L}-]*)(?:\\s+\\d+[a-z]?)?)\\s+of\\s+$`,
  'iu',
);

/** Words before "of" that make a preposition with it ("because of", "on behalf of"). */
const PREPOSITION_HEAD = new Set(PREPOSITION_HEADS);

/** Verbs a document says with ("the memo states"). */
const DOCUMENT_VERB = new RegExp(`\\b(?:${alternation(DOCUMENT_VERBS)})\\b`, 'g');

/** Words that end no noun phrase ("also", "and", "be"). */
const NOT_A_HEAD = new Set([...AUXILIARIES, ...SUBJECT_STOP_WORDS]);

/** A candidate phrase with the words that make it the speaker ("who" of "Jo Kell, who thinks …"). */
type Phrase = NonNullable<Cue['subject']> & { pronoun?: { start: number; end: number } };

/**
 * Each "who" in the quote's sentence before the quote, with what it follows ("Jo Kell, who thinks …",
 * "Jo Kell - who said …", "a former aide who wrote …", "critics who say …").
 */
function relativesBefore(m: string, from: number, to: number): Phrase[] {
  const out: Phrase[] = [];
  for (const w of m.slice(from, to).matchAll(RELATIVE_WHO)) {
    const at = from + w.index!;
    const ante = phraseEndingAt(m, from, from + m.slice(from, at).replace(/[\s,—–-]+$/u, '').length);
    if (ante) out.push({ ...ante, pronoun: { start: at, end: at + w[0].length } });
  }
  return out;
}

/**
 * The phrase right before each verb of saying of the quote's sentence outside quotes, the verb in any form
 * ("a voice over saying: “…”", "led the paper to say “…”", "“…” a voice-over in the ad states").
 */
function beforeSpeechVerbs(m: string, from: number, to: number): Phrase[] {
  const out: Phrase[] = [];
  const text = m.slice(from, to);
  SPEECH_VERB.lastIndex = 0;
  for (const v of [...text.matchAll(SPEECH_VERB), ...text.matchAll(DOCUMENT_VERB)]) {
    const end = from + text.slice(0, v.index!).replace(/\s+(?:to\s+)?$/, '').length;
    if (end === from + v.index!) continue;
    const p = phraseEndingAt(m, from, end);
    if (p && !PRONOUN.test(p.text)) out.push(p);
  }
  return out;
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
