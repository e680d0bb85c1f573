/**
 * How a verb is used around a cue: a finite predicate or an adjective, passive or noun ("the reported deal"),
 * and the auxiliaries, adverbs and time phrases between a subject and its verb.
 */
import { subjectBefore } from './cue-subjects.ts';
import {
  alternation,
  AUXILIARIES,
  CALL_NOUN_LEADS,
  CIRCUMSTANCE_OPENINGS,
  DAY_PARTS,
  DAYS,
  DETERMINERS,
  IRREGULAR_PASTS,
  LAST_PERIODS,
  PASSIVE_ADVERBS,
  PASSIVE_AUXILIARIES,
  wordSet,
} from './lexicon.ts';
import { isFiniteSpeechVerb } from './speech-verbs.ts';

const AUX = wordSet(AUXILIARIES);
/** Common irregular past tenses that can head a sentence's predicate ("Oxfam went further, saying …"). */
const IRREGULAR_PAST = new RegExp(`^(${alternation(IRREGULAR_PASTS)})$`);

/** Finite forms of be, have and do ("The trust did not want …, telling …"). */
const FINITE_BE_HAVE = /^(?:was|were|is|are|has|have|had|did|does)$/;
/**
 * Start of the first finite verb of a sentence (a past tense not used as an adjective), before `limit`; null
 * if none.
 */
export function mainVerb(masked: string, from: number, limit: number): number | null {
  for (const m of masked.slice(from, limit).matchAll(/(?<![\p{L}’'-])([a-z]{3,}ed|[a-z]+)(?![\p{L}’'-])/gu)) {
    const w = m[1]!;
    if (!/ed$/.test(w) && !IRREGULAR_PAST.test(w) && !FINITE_BE_HAVE.test(w) && !isFiniteSpeechVerb(w))
      continue;
    const at = from + m.index!;
    if (notSpeechUse(masked, at, at + w.length)) continue;
    const pre = masked.slice(from, at);
    // "Continuing to explain his view, Kell rejected …": a verb after "to" is an infinitive
    if (/\bto\s+$/.test(pre)) continue;
    // "Kell’s fired campaign manager", "the embattled chief": a participle after a possessive or a
    // determiner is an adjective
    if (/ed$/.test(w) && (ADJ_BEFORE.test(pre) || /\p{L}['’]s?\s+$/u.test(pre))) continue;
    // "Kell, who has a lead, mocked …": a verb inside a relative clause the next comma closes
    if (CLOSING_RELATIVE.test(pre) && masked.slice(at, limit).includes(',')) continue;
    // a chunk after a comma that opens with the verb is a participle ("Asked about it, …"), not the
    // predicate, unless the comma closes what describes the name opening the sentence ("Tom Kell, a lawyer,
    // endorsed")
    if (/(^|,)\s*$/.test(pre) && !closesOpeningAppositive(masked, from, at)) continue;
    return at;
  }
  return null;
}

/**
 * True when the text from a sentence's start to `at` is a name (or an unnamed person) and what describes it,
 * set off by commas ("Tom Kell, founder of the Dover Institute, "): the verb at `at` is its predicate.
 */
function closesOpeningAppositive(masked: string, from: number, at: number): boolean {
  if (!/,\s*$/.test(masked.slice(from, at))) return false;
  const subject = subjectBefore(masked, from, at, () => false);
  // "76-year-old Ann Roe, founder of …, endorsed": an age before the name is part of the subject
  if (!subject || !AGE_LEAD.test(masked.slice(from, subject.start))) return false;
  const rest = masked.slice(subject.end, at);
  return !!subject.role || CLOSED_RELATIVE.test(rest) || CLOSED_CIRCUMSTANCE.test(rest);
}

/** Nothing, or an age ("76-year-old", "The 40-year-old"), before a name opening a sentence. */
const AGE_LEAD = /^\s*(?:(?:[Tt]he\s+)?\d[\p{L}\p{N}-]*\s+)?$/u;

/** A circumstance set off by commas after a name (", in its daily summary Monday, "). */
const CLOSED_CIRCUMSTANCE = new RegExp(
  `^,\\s*(?:${alternation(CIRCUMSTANCE_OPENINGS)})\\s[^,;:]*,\\s*$`,
  'i',
);

/** Text after a name that opens a relative clause not yet closed (", who has"). */
const CLOSING_RELATIVE = /,\s*(?:who|whose|who['’](?:s|d|ve))\s[^,;:]*$/;
/** A relative clause set off by commas after a name (", who has a lead, "). */
const CLOSED_RELATIVE = /^,\s*(?:who|whose|who['’](?:s|d|ve))\s[^,;:]*,\s*$/;

/** A determiner right before a word (a whole word: "Erdoğan" does not end in "an"). */
const ADJ_BEFORE = /(?<![\p{L}\p{N}'’])(the|a|an|its|his|her|their|this|these|those|our|my|your|whose)\s+$/iu;
const PASSIVE_BEFORE = new RegExp(
  `\\b(${alternation(PASSIVE_AUXILIARIES)})\\s+(?:(?:${alternation(PASSIVE_ADVERBS)})\\s+)?$`,
  'i',
);
/** Words before "calls for" that make it a noun ("amid calls for calm", "rejecting calls for"). */
const CALL_NOUN_LEAD = new RegExp(`\\b(?:[a-z]+ing|${alternation(CALL_NOUN_LEADS)})\\s+$`, 'i');

/** The words after "asked" in a request for anonymity. */
const ANONYMITY = new RegExp(
  `^\\s+(?:not\\s+to\\s+be\\s+(?:named|identified)|for\\s+anonymity` +
    `|that\\s+(?:his|her|their)\\s+(?:name|names|identity)\\s+(?:not\\s+be|be\\s+withheld))`,
);

/** A noun right after a participle ("calls to …", "remarks."), not an object's determiner or a clause. */
const POSSESSED_NOUN = new RegExp(
  `^\\s+(?!(?:${alternation(DETERMINERS)}|that|to|he|she|it|they|we|you|him|them)\\b)[a-z]+s\\b`,
);

/** A singular article and one or two lower-case words (not a plural) right before a word. */
const SINGULAR_NOUN_LEAD = /(?<![\p{L}’'-])(?:a|an|another|one)\s+(?:[a-z-]+\s+)?[a-z-]*[^\Ws]\s+$/iu;

/**
 * True if a speech verb is used as an adjective ("the reported deal", "its stated aim") or in the passive
 * ("it was reported", "he was told"), so it names no speaker.
 */
export function notSpeechUse(masked: string, vStart: number, vEnd: number): boolean {
  const before = masked.slice(Math.max(0, vStart - 40), vStart);
  const verb = masked.slice(vStart, vEnd).toLowerCase();
  if (PASSIVE_BEFORE.test(before) && /(ed|told|said|wrote|written)$/.test(verb)) return true;
  // "rejecting calls for a ceasefire", "amid calls for calm": the noun, not someone calling
  if (/^calls for|^demands/.test(verb) && CALL_NOUN_LEAD.test(before)) return true;
  // "who asked not to be named", "asked that her name not be used": a request for anonymity, not speech
  // reported
  if (/^ask/.test(verb) && ANONYMITY.test(masked.slice(vEnd, vEnd + 60))) return true;
  // "read" speaks only after its quote ("…,” the memo read.", "…,” read one"), not in "Kell read the letter"
  // or before a slogan ("the placard read: “…”", a scare quote by the sets' convention)
  if (
    verb === 'read' &&
    !/[”"»],?\s*$/.test(before) &&
    !/^\s*(?:[.!?;]|,(?!\s*[“"„«]))/.test(masked.slice(vEnd))
  )
    return true;
  // "a false claim", "one last reply": a singular article and a word or two before a verb that is also a noun
  if (/^(?:claim|reply|recall)$/.test(verb) && SINGULAR_NOUN_LEAD.test(before)) return true;
  // "Ana’s repeated calls", "Kell’s prepared remarks": a participle between a possessive and its noun
  if (/['’]s\s+$/.test(before) && /ed$/.test(verb) && POSSESSED_NOUN.test(masked.slice(vEnd, vEnd + 30)))
    return true;
  // "the reported deal", "its stated aim": an adjective; "the claim", "his notes", "Ana’s promises": a noun
  return ADJ_BEFORE.test(before) || (/['’]s\s+$/.test(before) && /s$|^claim$|^recall$/.test(verb));
}
/** A time phrase between a subject and its verb ("China’s foreign ministry on Monday urged"). */
const TIME_BEFORE_VERB = new RegExp(
  `\\s(?:(?:late|early|later|earlier)\\s+)?(?:(?:on\\s+)?(?:${alternation(DAYS)})` +
    `(?:\\s+(?:${alternation(DAY_PARTS)}))?` +
    `|yesterday|today|overnight|later|earlier|(?:last|this)\\s+(?:${alternation(LAST_PERIODS)})` +
    // "at the time", "less than two weeks ago"
    `|at\\s+the\\s+time|(?:(?:less|more)\\s+than\\s+|about\\s+|nearly\\s+)?` +
    `(?:a|an|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago)\\s*$`,
);

/**
 * A lower-case "-ly" word between a subject and its verb ("Lima strongly denied"), not a noun after a
 * determiner or a possessive ("the family said", "Lima's ally said").
 */
function adverbBeforeVerb(before: string, word: string): boolean {
  if (!/^[a-z]{2,}ly$/.test(word)) return false;
  return !/(?:^|[\s(])(?:the|a|an|his|her|its|their|our|my|your|this|that|[\p{L}.-]+['’]s?)\s+\S+\s*$/iu.test(
    before,
  );
}
/**
 * Where the verb group at `vStart` begins: before its auxiliaries, "-ly" adverbs and a time phrase, in either
 * order ("Kell on Monday also doubled down", "Kell also on Monday said").
 */
export function skipAux(masked: string, from: number, vStart: number): number {
  let pos = vStart;
  let timeSkipped = false;
  for (let k = 0; k < 4; k++) {
    const before = masked.slice(from, pos);
    const time = timeSkipped ? null : TIME_BEFORE_VERB.exec(before);
    if (time) {
      pos = from + time.index;
      timeSkipped = true;
      continue;
    }
    const w = /(\S+)\s*$/.exec(before);
    if (!w || !(AUX.has(w[1]!.toLowerCase()) || adverbBeforeVerb(before, w[1]!))) break;
    // "a levy, which Will claims …": a capitalised "Will" after a lower-case word is a name, not the modal
    if (/^\p{Lu}/u.test(w[1]!) && /\p{Ll}\s+$/u.test(before.slice(0, w.index))) break;
    pos = from + w.index;
  }
  return pos;
}
