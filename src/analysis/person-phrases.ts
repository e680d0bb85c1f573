/** Phrases that describe people (appositives, job words, unnamed individuals and groups), not names. */
import {
  alternation,
  FINITE_AUXILIARIES,
  GOVERNMENT_BODY_WORDS,
  GROUP_NOUNS,
  MEMBERS_OF_WORDS,
  NON_PERSON_HEADS as NON_PERSON_HEAD_WORDS,
  GENERIC_HEADS,
  GENERIC_PERSON_HEADS,
  INSTITUTION_NOUNS,
  IRREGULAR_PASTS,
  ORG_NOUNS,
  PERSONAL_PRONOUNS,
  PERSON_NOUNS,
  QUANTIFIER_SOURCES,
  ROLE_NOUNS,
  SPEAKING_HEAD_NOUNS,
  SPOKESPERSON_NOUNS,
  SUBJECT_PRONOUNS,
} from './lexicon.ts';
import { ROLE_NOUN } from './names.ts';

const SUBJECT_PRONOUN = new RegExp(`^(?:${alternation(SUBJECT_PRONOUNS)})$`, 'i');

/** True for a subject pronoun standing alone ("he", "They"), spaces around it aside. */
export function isSubjectPronoun(text: string): boolean {
  return SUBJECT_PRONOUN.test(text.trim());
}

/**
 * Words before a body's name that make the speakers some of its people ("members of the union Unison say").
 */
export const MEMBERS_OF = new RegExp(`\\b(?:${alternation(MEMBERS_OF_WORDS)})\\s+of\\s+$`, 'i');

/**
 * A government body's name that speaks for its state ("Home Office", "State Department", "foreign ministry").
 */
export const GOV_BODY = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,2}(?:${alternation(GOVERNMENT_BODY_WORDS)})(?:\\s+of\\s+[\\p{L}\\s]+)?$`,
  'u',
);

/** Heads of appositives that describe places or organisations, not people. */
const NON_PERSON_HEADS = new RegExp(`\\b(${alternation(NON_PERSON_HEAD_WORDS)})\\b`, 'i');

/** True if an appositive looks like a description of a person (not a place or organisation). */
export function isPersonAppositive(appositive: string): boolean {
  // "the council’s transport lead": the owner before a possessive is not the head
  const head =
    appositive
      .replace(/^(a|an|the)\s+/i, '')
      .replace(/^.*['’]s\s+(?=[a-z])/u, '')
      .split(/\s+(?:at|of|for|in|from|with|on|to|who|based)\s+/)[0] ?? '';
  // "a state senator", "the base chief": the last word is the head, the words before it modify it
  const last = head.trim().split(/\s+/).pop() ?? '';
  return !NON_PERSON_HEADS.test(last) && !/\b(is|are|was|were|has|have|had|will|would)\b/.test(appositive);
}

/** A lower-case role without a determiner: up to three modifiers, then a job word, then "of …" or the end. */
const BARE_ROLE = new RegExp(
  `^(?:[a-z][\\p{L}-]*\\s+){0,3}(?:${alternation(ROLE_NOUNS)})(?:\\s+(?:of|at|for|to|in|with)\\s+\\S.*)?$`,
  'u',
);

/** True if a comma chunk reads as an appositive ("a nurse in Khan Younis", "the group's leader"). */
export function isAppositive(chunk: string): boolean {
  const c = chunk.trim();
  const opens =
    /^(a|an|the|his|her|its|their)\s+\S/i.test(c) ||
    // "Ana Lima’s campaign manager", "the Hales’ adviser": a possessive name, then the role
    /^[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)?(?:['’]s|s['’])\s+[a-z]/u.test(c) ||
    // "deputy press secretary", "executive director of the fund": a role without a determiner
    BARE_ROLE.test(c);
  return opens && !/\b(is|are|was|were|has|have|had|will|would|can|could|said|says)\b/.test(chunk);
}

/**
 * True if a lower-case word is a job or role noun that heads a description of a person ("leader",
 * "minister").
 */
export function isPersonHead(word: string): boolean {
  return ROLE_NOUN.test(word) || /^(head|boss|statesman)$/.test(word);
}

/** True if a description's head is a person noun ("A senior EU diplomat", "one official"). */
export function isPersonNoun(text: string): boolean {
  const head =
    text
      .trim()
      .split(/\s+/)
      .pop()
      ?.toLowerCase()
      .replace(/[^\p{L}]/gu, '') ?? '';
  const lower =
    /^[a-z]/.test(text.trim().replace(/^(a|an|the|one|some|many|two|three)\s+/i, '')) ||
    /^[A-Z][a-z]+s$/.test(text.trim());
  return lower && (ROLE_NOUN.test(head) || ROLE_NOUN.test(head.replace(/s$/, '')) || GROUP_NOUN.test(head));
}

/** Nouns for a person described, not named, besides jobs ("a man", "one local"). */
const PERSON_NOUN = new RegExp(`^(${alternation(PERSON_NOUNS)})$`);

/**
 * A job or person word of at least four letters ending a word: "nurse", "neurosurgeon", "co-founder" (not the
 * "son" of "season").
 */
const PERSON_WORD_TAIL = new RegExp(`(?=.{4,}$)(?:${alternation([...ROLE_NOUNS, ...PERSON_NOUNS])})$`);

/**
 * An individual introduced by description, not by name: "One tenant in Hackney", "A Greek captain whose ship
 * made the crossing", "an elderly man from Wigan". A determiner, at most two modifiers (a capitalised one is
 * a nationality, a place or a body: "Greek", "Reuters"), then a person noun; what follows may name places or
 * bodies after a preposition, but nobody.
 */
export function isIndefinitePerson(text: string): boolean {
  const t = text.trim();
  const det = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+/.exec(t);
  if (!det) return false;
  const words = [...t.slice(det[0].length).matchAll(/[\p{L}\p{M}'’-]+/gu)].slice(0, 3);
  const head = words.find((w) => /^[a-z]/.test(w[0]) && (ROLE_NOUN.test(w[0]) || PERSON_NOUN.test(w[0])));
  if (!head) return false;
  const rest = t
    .slice(det[0].length + head.index! + head[0].length)
    .replace(
      /\b(?:in|from|at|near|outside|of|on|for|with|to|by)\s+(?:the\s+)?(?:[A-Z][\p{L}\p{M}'’.-]*\s*)+/gu,
      ' ',
    );
  return !/\p{Lu}/u.test(rest);
}

/** True if a word (any case) is a common noun for a person ("Landlord", "tenant"), not a name. */
export function isCommonPersonWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_NOUN.test(w) || PERSON_NOUN.test(w);
}

/**
 * Plural nouns for unnamed groups of people ("critics", "residents"): never a name, even capitalised at a
 * sentence start.
 */
export const GROUP_NOUN = new RegExp(`^(${alternation(GROUP_NOUNS)})$`);

/** A quantifier standing alone for unnamed people ("some", "another", "one", "someone"). */
const QUANTIFIER_SOURCE = new RegExp(`^(?:${alternation(QUANTIFIER_SOURCES)})$`);

/** True when a subject is a quantifier standing alone for unnamed people ("Some", "another", "Someone"). */
export function isQuantifierSource(text: string): boolean {
  return QUANTIFIER_SOURCE.test(text.trim().toLowerCase());
}

/** Words that refer back or point, never describe a source on their own. */
const NOT_A_DESCRIPTION =
  /^(?:he|she|it|they|we|i|you|him|her|them|us|me|who|which|that|this|these|those|one|there)$/i;

/**
 * True when a cue's subject describes who spoke without naming them: "officials", "a senior aide", "two
 * sources familiar with the talks", "Vale supporters", "the statement". A pronoun or a name is no such
 * description.
 */
export function describesUnnamedSource(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 12) return false;
  const last = words[words.length - 1]!.replace(/[^\p{L}’'-]/gu, '');
  const first = words[0]!.toLowerCase();
  // "Some chanted", "Another tweeted", "“…,” read one": a quantifier standing for unnamed people
  if (words.length === 1 && isQuantifierSource(first)) return true;
  if (NOT_A_DESCRIPTION.test(last) || (words.length === 1 && NOT_A_DESCRIPTION.test(first))) return false;
  if (!isNounPhrase(words)) return false;
  if (/^[a-z]/.test(last) && /\p{L}/u.test(last)) return true;
  // "Officials", "Officials in Paris", "A source at the Pentagon": a group or person noun leads
  const lead = /^(?:the|a|an|some|many|several|two|three|one|another)$/.test(first) ? words[1] : words[0];
  const noun = lead?.toLowerCase().replace(/[^\p{L}-]/gu, '') ?? '';
  return GROUP_NOUN.test(noun) || ROLE_NOUN.test(noun.replace(/s$/, '')) || isCommonPersonWord(noun);
}

/** A personal pronoun or an auxiliary inside a phrase: the phrase is a clause ("he offered", "she has"). */
const CLAUSE_WORD = new RegExp(`^(?:${alternation([...PERSONAL_PRONOUNS, ...FINITE_AUXILIARIES])})$`, 'i');

/** A personal pronoun standing alone ("he", "We"). */
const PERSONAL_PRONOUN = new RegExp(`^(?:${alternation(PERSONAL_PRONOUNS)})$`, 'i');

/**
 * True unless the words are a clause or a lone verb form, not a noun phrase: "he offered", "2009 she has
 * often", "came", "hacked", "flogging".
 */
function isNounPhrase(words: string[]): boolean {
  // "people who have battled fraud", "the document he released": a relative clause after the head is part of
  // the phrase
  const rel = words.findIndex(
    (w, k) =>
      /^(?:who|whose|whom|which|that)$/i.test(w) ||
      (k > 1 && /^(?:the|a|an|this|that)$/i.test(words[0]!) && PERSONAL_PRONOUN.test(w)),
  );
  const head = rel > 0 ? words.slice(0, rel) : words;
  if (words.length > 1 && head.some((w) => CLAUSE_WORD.test(w))) return false;
  return words.length > 1 || !VERB_FORM.test(words[0]!);
}

/** A verb form standing alone: a past ("hacked", "came") or a gerund ("flogging"). */
const VERB_FORM = new RegExp(`^(?:[a-z]{3,}ed|[a-z]{3,}ing|${alternation(IRREGULAR_PASTS)})$`);

/**
 * An unnamed source as a reader should see it: "Officials" -> "officials", "Vale aides", "Kell’s allies" (a
 * name's possessive) and "Article 9 of the charter" (a numbered title) kept.
 */
export function unnamedSourceText(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return /\p{Lu}/u.test(t.slice(1)) || /^\p{Lu}\p{L}*\s+\d/u.test(t) || /^\p{Lu}[\p{L}-]*['’]s\s/u.test(t)
    ? t
    : t.charAt(0).toLowerCase() + t.slice(1);
}

/** Heads of descriptions that can speak: people, groups, bodies and the things they speak through. */
const SPEAKING_HEAD = new RegExp(
  `^(?:${alternation([
    ...GROUP_NOUNS,
    ...GENERIC_HEADS,
    ...GENERIC_PERSON_HEADS,
    ...NON_PERSON_HEAD_WORDS,
    ...ORG_NOUNS,
    ...INSTITUTION_NOUNS,
    ...SPOKESPERSON_NOUNS,
    ...SPEAKING_HEAD_NOUNS,
  ])})$`,
);

/**
 * True when a description's head noun can be who speaks: a person (a job or person noun, or a doer's word:
 * "strategist", "questioners", "retiree"), a group, a body or a statement-like thing ("the ad", "her
 * campaign"); false for things that say nothing ("his face", "that record", "the first incident", "this
 * week"). A name (a capitalised last word) can always speak.
 */
export function canSpeak(subject: string): boolean {
  const words = subject.trim().split(/\s+/);
  const last = words[words.length - 1]!.replace(/['’]s?$/, '');
  if (!/^[a-z]/.test(last)) return true;
  const head = last.toLowerCase();
  if (NOT_A_DESCRIPTION.test(head)) return true;
  const singular = head.replace(/(?<=[^s])s$/, '');
  return (
    PERSON_WORD_TAIL.test(singular) ||
    PERSON_NOUN.test(singular) ||
    SPEAKING_HEAD.test(head) ||
    SPEAKING_HEAD.test(singular) ||
    /(?:ist|ian|eer|ee|er|or)$/.test(singular)
  );
}

/** True for the writer's own "I" as a subject ("“…,” I said"): in a first-person piece the author speaks. */
export function isWriter(subject: string): boolean {
  return subject.trim() === 'I';
}

/** True for a plural pronoun subject ("they", "They"): a group or several people, unnamed there. */
export function isPluralPronoun(subject: string): boolean {
  return /^(?:they|them)$/i.test(subject.trim());
}

/**
 * The pronoun an unresolved speaker is shown as ("They said" -> "they", "“…,” it read" -> "it"): a group
 * or a thing, not a person ("he", "she" name someone the reader should be told); null otherwise.
 */
export function unnamedPronoun(subject: string): string | null {
  if (isPluralPronoun(subject)) return 'they';
  return /^it$/i.test(subject.trim()) ? 'it' : null;
}
