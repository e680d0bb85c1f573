/** The subject of a sentence with no cue of its own: its main verb's subject, opening name or description. */
import { lastBoundary } from './clause-bounds.ts';
import type { CueParagraph } from './cue.ts';
import type { Subject } from './cue-subjects.ts';
import { opensWithSubordinateClause, subjectBefore } from './cue-subjects.ts';
import {
  alternation,
  CLAUSE_JOINERS,
  NOT_VERB_S_WORDS,
  OBJECT_PREPOSITIONS,
  SUBORDINATORS,
} from './lexicon.ts';
import { leadingName } from './names.ts';
import { mainVerb, skipAux } from './verb-use.ts';

/**
 * A name opening the sentence and followed by a lower-case word ("Marlow shot back …") or by a relative
 * clause set off by commas ("Marlow, who lost in May, proposes …"), or null.
 */
function openingName(masked: string, sentenceStart: number, limit: number): Subject | null {
  const nm = leadingName(masked.slice(sentenceStart, limit), sentenceStart);
  const after = nm ? masked.slice(nm.end, limit) : '';
  if (!nm || !/^(?:,\s*(?:who|whose)\s[^,;:]*,)?\s+[a-z]/.test(after)) return null;
  return { start: nm.start, end: nm.end, text: masked.slice(nm.start, nm.end) };
}

/**
 * A short description with a common noun for head opening a sentence, then an "-s" present ("The ad targets",
 * "The Roe campaign projects"; not "The Harbourside arts festival").
 */
const OPENING_BEFORE_PRESENT = new RegExp(
  `^\\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+` +
    `(?:[\\p{L}’'-]+\\s+){0,3}?\\p{Ll}[\\p{L}-]*)\\s+` +
    `(?!(?:${alternation(NOT_VERB_S_WORDS)})\\b)[a-z]+[a-rt-z]s\\b`,
  'u',
);

/** The description opening a sentence whose verb is an "-s" present, before `limit`; null if none. */
function openingBeforePresent(masked: string, sentenceStart: number, limit: number): Subject | null {
  const m = OPENING_BEFORE_PRESENT.exec(masked.slice(sentenceStart, limit));
  if (!m) return null;
  const start = sentenceStart + m[0].length - m[0].trimStart().length;
  const end = start + m[1]!.length;
  return { start, end, text: masked.slice(start, end) };
}

/** A personal pronoun opening a sentence, then a lower-case word ("She wants", "He also seeks"). */
const OPENING_PRONOUN = /^\s*(He|She|They)\s+[a-z]/;

/** The pronoun opening a sentence whose verb is no past tense ("He also seeks …") before `limit`, or null. */
function openingPronoun(masked: string, sentenceStart: number, limit: number): Subject | null {
  const m = OPENING_PRONOUN.exec(masked.slice(sentenceStart, limit));
  if (!m) return null;
  const start = sentenceStart + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/**
 * Where a sentence's main clause starts: after the first comma when what precedes it is a fronted clause ("As
 * the crowd began to chant, Roe … joked"), else at the sentence's start.
 */
function afterFrontedClause(masked: string, sentenceStart: number, limit: number): number {
  const comma = masked.indexOf(',', sentenceStart);
  if (comma < 0 || comma >= limit || !opensWithSubordinateClause(masked.slice(sentenceStart, comma), true))
    return sentenceStart;
  const next = comma + /^,\s*/.exec(masked.slice(comma))![0].length;
  return next < limit ? next : sentenceStart;
}

/** A sentence opening with a subordinator ("When", "After"). */
const OPENS_SUBORDINATE = new RegExp(`^\\s*(?:${alternation(SUBORDINATORS)})\\s`);

/** A subject pronoun, then a lower-case word: the main clause's subject and verb. */
const PRONOUN_THEN_VERB = /(?<![\p{L}’'-])(he|she|they|we|I)\s+(?=[a-z])/u;

/**
 * "When he came back he opened by saying …": after a fronted clause with no comma to close it, the subject
 * pronoun after its verb opens the main clause; null when the sentence opens no such clause.
 */
function unmarkedMainClause(masked: string, from: number, verb: number, limit: number): Subject | null {
  if (!OPENS_SUBORDINATE.test(masked.slice(from, verb))) return null;
  const rest = masked.slice(verb, limit);
  if (/[,;:]/.test(rest)) return null;
  const m = PRONOUN_THEN_VERB.exec(rest);
  if (!m) return null;
  const start = verb + m.index;
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/**
 * The subject of a sentence's first finite verb before `limit` (or the name it opens with, or the description
 * before an "-s" present), looked for after a fronted clause; or null.
 */ export function sentenceSubject(
  { masked, isEntity }: Pick<CueParagraph, 'masked' | 'isEntity'>,
  sentenceStart: number,
  limit: number,
): Subject | null {
  const from = afterFrontedClause(masked, sentenceStart, limit);
  const v = mainVerb(masked, from, limit);
  const main = v === null || from !== sentenceStart ? null : unmarkedMainClause(masked, from, v, limit);
  if (main) return main;
  if (v === null)
    return (
      openingName(masked, from, limit) ??
      openingBeforePresent(masked, from, limit) ??
      openingPronoun(masked, from, limit)
    );
  const cs = Math.max(from, lastBoundary(masked, from, v));
  return subjectBefore(masked, cs, skipAux(masked, cs, v), isEntity);
}

/** "and said", "but then said", "but on a radio show said": a verb coordinated with the one before. */
const COORDINATED_VERB = new RegExp(
  `\\s(?:and|but)(?:\\s+(?:then|also|later))?` +
    `(?:\\s+(?:${alternation(OBJECT_PREPOSITIONS)})\\s+[^,;:░“”"]{1,40}?)?\\s*$`,
);

/** ", and", ", while": a clause with a subject of its own starts after it. */
const JOINED_CLAUSE = new RegExp(`,\\s+(?:${alternation(CLAUSE_JOINERS)})\\s+`, 'g');

/**
 * "McConnell embraced the mogul and said this week that …": a verb after "and"/"but" shares the subject of
 * its sentence's first verb, or of the clause joined after a comma it is in ("Kell signed it, while Ann Roe
 * proposed a vote and said …").
 */
export function coordinatedSubject(
  p: CueParagraph,
  sent: [number, number],
  clauseStart: number,
  verbStart: number,
): Subject | null {
  const and = COORDINATED_VERB.exec(p.masked.slice(clauseStart, verbStart));
  if (!and) return null;
  const end = clauseStart + and.index;
  const joined = [...p.masked.slice(sent[0], end).matchAll(JOINED_CLAUSE)].pop();
  const own = joined ? sentenceSubject(p, sent[0] + joined.index + joined[0].length, end) : null;
  return own ?? sentenceSubject(p, sent[0], end);
}
