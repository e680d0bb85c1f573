/** Direct speech or a scare quote (a title, a term, a slogan, a characterisation that nobody speaks). */
import {
  AFTER_CHARACTERISATION_WORDS,
  alternation,
  NAMING_LEADS,
  SCARE_LEADS,
  SLOGAN_NOUNS,
} from './lexicon.ts';
import { ORG_NOUN } from './orgs.ts';
import { isIndefinitePerson, isPersonNoun, isQuantifierSource } from './person-phrases.ts';
import type { QuoteCue } from './quote-cues.ts';
import type { QuoteGroup, Segment } from './quote-marks.ts';
import { wordCount } from './text.ts';
import type { QuoteKind } from './types.ts';

/** Words right before a quote that make it a title, a term or a scare quote. */
const SCARE_BEFORE = new RegExp(`\\b(${alternation(SCARE_LEADS)})\\s*[“"„«]?$`, 'i');
const NAMING_BEFORE = new RegExp(`\\b(${alternation(NAMING_LEADS)})\\s*[“"„«]?$`, 'i');

/** True for a quote in title case ("The River Between Us"): a title, not speech. */
export function isTitleCase(s: string): boolean {
  const ws = s
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (ws.length < 2 || /[.!?,;:]$/.test(s.trim())) return false;
  const big = ws.filter((w) => w.length > 3);
  return big.length > 0 && big.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * Words that may follow a characterising quote without it being a modifier ("called it “a lie” on Monday").
 */
const AFTER_CHARACTERISATION = new RegExp(`^(${alternation(AFTER_CHARACTERISATION_WORDS)})$`);

/**
 * True if a short quote is used as a modifier of the noun after it ("what it calls “AI-first” products"): a
 * term the text mentions, not words someone is reported to have said.
 */
function usedAsModifier(last: Segment, paragraphs: string[], text: string): boolean {
  if (last.close < 0 || wordCount(text) > 3) return false;
  const next = /^\s+([a-z][a-z-]*)\b/.exec(paragraphs[last.para]!.slice(last.close + 1))?.[1];
  return !!next && !AFTER_CHARACTERISATION.test(next);
}

/** "describes its mission as “…”": what a body calls its mission or motto is a slogan, not speech. */
const SLOGAN_OBJECT = new RegExp(
  `\\b(?:its|his|her|their|the)\\s+(?:${alternation(SLOGAN_NOUNS)})\\s+as\\s*[“"]?$`,
);

/** "calling itself “…”", "who call themselves “…”": a name, not words spoken. */
const SELF_NAMING =
  /\b(?:call|calls|called|calling|styles|styled|styling)\s+(?:itself|themselves|himself|herself)\s*[“"]?$/i;

/** "Farmers’ groups", "the union": a description whose head is a kind of body, which can speak. */
function namesABody(text: string): boolean {
  const head = text.trim().split(/\s+/).pop()?.toLowerCase().replace(/s$/, '') ?? '';
  return ORG_NOUN.test(head);
}

/** Whether a quote group, attributed as it is, is direct speech or a scare quote. */
export function quoteKind(
  g: QuoteGroup,
  a: QuoteCue,
  text: string,
  masked: string[],
  raw: string[],
): QuoteKind {
  const first = g.segments[0]!;
  const beforeText = masked[first.para]!.slice(0, first.open >= 0 ? first.open : first.start);
  let kind: QuoteKind = 'direct';
  // a characterisation ("Hamas called the claim “a lie”") is speech only with a subject that can speak
  const speaksAs =
    a.cue !== null &&
    a.method === 'described-as' &&
    (a.res.key !== null ||
      isPersonNoun(a.cue.subject?.text ?? '') ||
      isIndefinitePerson(a.cue.subject?.text ?? '') ||
      isQuantifierSource(a.cue.subject?.text ?? '') ||
      namesABody(a.cue.subject?.text ?? ''));
  // "a group calling itself “BlackHarbor”", "the so-called “rules of the game”": a name or a term, never
  // speech
  if (SELF_NAMING.test(beforeText) || SCARE_BEFORE.test(beforeText)) return 'scare';
  // a sentence's subject with no verb of saying owns a quote only if it reads as words said, not a term
  if (a.cue?.kind === 'sentence-subject' && (wordCount(text) <= 3 || isTitleCase(text))) return 'scare';
  if (
    a.method === 'described-as' &&
    (!speaksAs ||
      usedAsModifier(g.segments[g.segments.length - 1]!, raw, text) ||
      SLOGAN_OBJECT.test(beforeText))
  )
    kind = 'scare';
  else if (NAMING_BEFORE.test(beforeText) && !speaksAs) kind = 'scare';
  else if (!a.cue && !a.res.key && (wordCount(text) <= 3 || isTitleCase(text))) kind = 'scare';
  else if (a.method === 'sentence' && isTitleCase(text)) kind = 'scare';
  return kind;
}
