/**
 * What the confidence model reads of one attribution: features that exist for every quote the engine gives
 * to a speaker, on any text (how the speaker was reached, how far the cue is, who else could have spoken,
 * whether a pronoun has a rival of its gender, …). Named numbers, mostly 0/1 or small logarithms; the model
 * in `confidence.ts` weighs them with weights learned on real news (`confidence-weights.ts`).
 */
import type { Discourse, Entity, Resolution } from './discourse.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { Cue } from './cue.ts';
import type { EvidenceHow, EvidenceLink, QuoteKind, Speaker } from './types.ts';
import { isPluralPronoun, unnamedPronoun } from './person-phrases.ts';

/** Feature name -> value; a feature not listed is 0. */
export type Features = Record<string, number>;

/** A quoted stretch (or reported clause) of the attribution: 0-based paragraph and offsets. */
export interface AttributedPart {
  para: number;
  start: number;
  end: number;
}

/** One attribution as the confidence model sees it. */
export interface Attribution {
  kind: QuoteKind;
  cue: Cue | null;
  res: Resolution;
  link: EvidenceLink;
  how: EvidenceHow;
  speaker: Speaker;
  /** The quoted stretches (direct) or the clause (reported), in order. */
  parts: AttributedPart[];
  /** Split around its attribution, and/or running over paragraphs. */
  joined: readonly ('split' | 'paragraphs')[];
}

/**
 * The article as the features need it: paragraph texts (and with quotes masked), the discourse model, and
 * the cues with what each resolved to.
 */
export interface FeatureContext {
  masked: string[];
  texts: string[];
  discourse: Discourse;
  cues: Cue[][];
  resolved: ReadonlyMap<Cue, Resolution>;
}

/** The lemma (first form) of each form of a verb of saying, and whether it only introduces quotes. */
const LEMMA = new Map<string, string>();
const QUOTE_ONLY = new Set<string>();
for (const v of SPEECH_VERBS) {
  for (const form of v.forms) {
    LEMMA.set(form, v.forms[0]!);
    if (!v.uses.includes('clause')) QUOTE_ONLY.add(form);
  }
}

export const PRONOUN_GENDER: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  him: 'male',
  she: 'female',
  her: 'female',
};

/** Tokens between white space: a cheap word count for lengths on a logarithmic scale. */
function tokens(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inToken = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

/** log(1 + x), the scale of every count and distance. */
const log1 = (x: number) => Math.log1p(Math.max(0, x));

function isPerson(e: Entity | undefined): boolean {
  return !!e && e.kind === 'person';
}

/** Distinct people named in [start, end) of a paragraph, other than `except`. */
function peopleIn(
  d: Discourse,
  para: number,
  start: number,
  end: number,
  except: string | null,
): Set<string> {
  const out = new Set<string>();
  for (const o of d.occurrences) {
    if (o.para !== para || o.pos < start || o.pos >= end || o.key === except) continue;
    if (isPerson(d.entities.get(o.key))) out.add(o.key);
  }
  return out;
}

/** The entity's last naming before a position (not at the position itself), or null. */
function lastNamed(d: Discourse, key: string, para: number, pos: number) {
  let last: { para: number; pos: number } | null = null;
  for (const o of d.occurrences) {
    if (o.para > para || (o.para === para && o.pos >= pos)) break;
    if (o.key === key) last = o;
  }
  return last;
}

/** Characters between two spans of one paragraph (0 when they touch or overlap). */
function gap(a: [number, number], b: [number, number]): number {
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/**
 * Features of a pronoun subject: does its antecedent's gender agree (stated, or guessed from an earlier
 * pronoun); is another person of the same stated gender named in this or the previous paragraph; and was
 * another person who fits the pronoun (same gender, or gender unknown) named after the antecedent, nearer to
 * the pronoun?
 */
function pronounFeatures(f: Features, a: Attribution, ctx: FeatureContext): void {
  const cue = a.cue!;
  const subject = cue.subject!;
  const word = subject.text.trim().toLowerCase();
  const gender = PRONOUN_GENDER[word];
  f[`pronoun:${gender ? 'gendered' : word === 'it' ? 'it' : 'other'}`] = 1;
  const d = ctx.discourse;
  const e = a.res.key ? d.entities.get(a.res.key) : undefined;
  if (!e || !gender) return;
  if (e.gender === gender) f['pronoun:gender-stated'] = 1;
  else if (e.guessedGender === gender) f['pronoun:gender-guessed'] = 1;
  const last = lastNamed(d, e.key, cue.para, subject.start);
  if (!last) {
    f['pronoun:antecedent-unnamed'] = 1;
    return;
  }
  f['pronoun:paragraphs-back'] = log1(cue.para - last.para);
  // people who would fit the pronoun, named after the antecedent's last naming and before the pronoun
  let sameGender = false;
  let unknownGender = false;
  const recent = new Set<string>();
  for (const o of d.occurrences) {
    if (o.para > cue.para || (o.para === cue.para && o.pos >= subject.start)) break;
    if (o.key === e.key || o.para < cue.para - 1) continue;
    const other = d.entities.get(o.key);
    if (!isPerson(other) || other!.gender === (gender === 'male' ? 'female' : 'male')) continue;
    recent.add(o.key);
    if (other!.gender === gender) f['pronoun:other-same-gender'] = 1;
    if (o.para > last.para || (o.para === last.para && o.pos > last.pos)) {
      if (other!.gender === gender) sameGender = true;
      else unknownGender = true;
    }
  }
  if (sameGender) f['pronoun:rival-same-gender'] = 1;
  if (unknownGender) f['pronoun:rival-unknown-gender'] = 1;
  f['pronoun:fitting-people'] = log1(recent.size);
}

/** Features of a quote that continues an earlier quote's attribution. */
function continuationFeatures(f: Features, a: Attribution, ctx: FeatureContext): void {
  const cue = a.cue!;
  const first = a.parts[0]!;
  f['continuation:paragraphs-back'] = log1(first.para - cue.para);
  // people named between the cue and the quote (outside quoted words)
  const d = ctx.discourse;
  const between = new Set<string>();
  for (const o of d.occurrences) {
    const after = o.para > cue.para || (o.para === cue.para && o.pos > cue.end);
    const beforeQuote = o.para < first.para || (o.para === first.para && o.pos < first.start);
    if (after && beforeQuote && o.key !== a.res.key && isPerson(d.entities.get(o.key))) between.add(o.key);
  }
  if (between.size) f['continuation:people-between'] = log1(between.size);
  // quotes in between, each of which might have a speaker of its own
  let quotes = 0;
  for (let p = cue.para; p <= first.para; p++)
    quotes += (ctx.masked[p]!.match(/░+/g) ?? []).length - (p === first.para ? 1 : 0);
  f['continuation:quotes-between'] = log1(Math.max(0, quotes - 1));
}

/** The features of one attribution. */
export function attributionFeatures(a: Attribution, ctx: FeatureContext): Features {
  const f: Features = {};
  f[`link:${a.link}`] = 1;
  f[`how:${a.how}`] = 1;
  f[`link-how:${a.link} ${a.how}`] = 1;
  f[`resolved:${a.res.method}`] = 1;
  if (a.kind === 'reported') f['reported'] = 1;
  if (a.speaker.description) f['speaker:unnamed'] = 1;
  if (a.speaker.kind === 'organisation') f['speaker:organisation'] = 1;
  if (a.speaker.role) f['speaker:role'] = 1;
  if (a.joined.includes('split')) f['quote:split'] = 1;
  if (a.joined.includes('paragraphs')) f['quote:paragraphs'] = 1;
  const first = a.parts[0]!;
  const words = a.parts.reduce((n, p) => n + tokens(ctx.texts[p.para]!, p.start, p.end), 0);
  f['quote:words'] = log1(words);
  f['quote:paragraph'] = log1(first.para);
  if (first.para === 0) f['quote:first-paragraph'] = 1;
  if (ctx.masked[first.para]!.slice(0, first.start).replace(/[\s“"„«]/g, '') === '')
    f['quote:opens-paragraph'] = 1;
  const cue = a.cue;
  if (!cue) return f;
  f[`cue:${cue.kind}`] = 1;
  const lemma = LEMMA.get(cue.verb.toLowerCase());
  f[`verb:${lemma ?? (cue.verb === ':' ? 'colon' : 'other')}`] = 1;
  if (QUOTE_ONLY.has(cue.verb.toLowerCase())) f['verb:quote-only'] = 1;
  const cueSpan: [number, number] = [Math.min(cue.start, cue.verbStart), Math.max(cue.end, cue.verbEnd)];
  const sameParts = a.parts.filter((p) => p.para === cue.para);
  if (!sameParts.length) f['cue:other-paragraph'] = 1;
  else {
    const near = Math.min(...sameParts.map((p) => gap(cueSpan, [p.start, p.end])));
    f['cue:distance'] = log1(near);
    const before = cueSpan[1] <= sameParts[0]!.start;
    const after = cueSpan[0] >= sameParts[sameParts.length - 1]!.end;
    f[before ? 'cue:before-quote' : after ? 'cue:after-quote' : 'cue:inside-quote'] = 1;
  }
  const masked = ctx.masked[cue.para]!;
  const d = ctx.discourse;
  const [s0, s1] = cue.sentence;
  const sentencePeople = peopleIn(d, cue.para, s0, s1, a.res.key);
  f['people:sentence'] = log1(sentencePeople.size);
  f['people:paragraph'] = log1(peopleIn(d, cue.para, 0, masked.length, a.res.key).size);
  // other cues of the sentence with a speaker of their own ("adding that" continues this one's)
  const others = ctx.cues[cue.para]!.filter(
    (c) => c !== cue && c.sentence[0] === s0 && (ctx.resolved.get(c)?.key ?? null) !== a.res.key,
  );
  f['cues:sentence'] = log1(others.length);
  f['quotes:sentence'] = log1((masked.slice(s0, s1).match(/░+/g) ?? []).length - 1);
  const subject = cue.subject;
  if (subject) {
    f['mention:words'] = log1(tokens(subject.text));
    f['mention:to-cue'] = log1(gap([subject.start, subject.end], [cue.verbStart, cue.verbEnd]));
    if (subject.start > cue.verbStart) f['mention:after-verb'] = 1;
    // the clause's subject: nothing but punctuation, quotes or a conjunction before it in its sentence
    const lead = masked
      .slice(s0, subject.start)
      .replace(/[░\s“”"„«».,;:—–-]+/g, ' ')
      .trim();
    if (!lead) f['mention:opens-sentence'] = 1;
    else if (/^(?:and|but|so|then)$/i.test(lead)) f['mention:after-conjunction'] = 1;
    if (subject.role) f['mention:role'] = 1;
    if (subject.relative) f['mention:relative'] = 1;
    if (subject.body) f['mention:body'] = 1;
    if (isPluralPronoun(subject.text)) f['pronoun:plural'] = 1;
    if (!a.res.key && unnamedPronoun(subject.text)) f['pronoun:unresolved'] = 1;
    // people named between the mention and the quote, who could be the speaker instead
    if (sameParts.length) {
      const q = sameParts[0]!;
      const from = Math.min(subject.end, q.end);
      const to = Math.max(subject.start, q.start);
      if (peopleIn(d, cue.para, from, to, a.res.key).size) f['mention:people-between'] = 1;
    }
    if (a.how === 'pronoun' || a.res.method === 'pronoun') pronounFeatures(f, a, ctx);
  }
  if (a.res.key) {
    const e = d.entities.get(a.res.key);
    let before = 0;
    for (const o of d.occurrences)
      if (o.key === a.res.key && (o.para < first.para || (o.para === first.para && o.pos < first.start)))
        before++;
    f['speaker:namings-before'] = log1(before);
    if (e?.gender) f['speaker:gender-known'] = 1;
  }
  if (a.link === 'continuation') continuationFeatures(f, a, ctx);
  return f;
}
