/**
 * The phrase finders of the fallback speaker's candidates (`fallback-candidates.ts`), each reading the masked
 * text of one sentence: a name opening it, the mention right after a closing quote mark, the names before
 * the quote, the phrase a "who" follows, and the phrase before a verb of saying in any form.
 *
 * "Jo Kell, who thinks the plan “…”": the phrase "Jo Kell" before "who" may be the quote's speaker.
 */
import type { Cue } from './cue.ts';
import {
  alternation,
  AUXILIARIES,
  DETERMINERS,
  DOCUMENT_VERBS,
  PREPOSITION_HEADS,
  SUBJECT_STOP_WORDS,
} from './lexicon.ts';
import { leadingName } from './names.ts';
import { isSubjectPronoun } from './person-phrases.ts';
import { SPEECH_VERB } from './speech-verbs.ts';

/**
 * A name opening the sentence before a comma or a lower-case word ("Tom Hale, for his part, is labeling
 * …"), which the main-verb subject finder misses, or null.
 */
export function openingName(m: string, from: number, limit: number): NonNullable<Cue['subject']> | null {
  const nm = leadingName(m.slice(from, limit), from);
  if (!nm || !/^\s*(?:,|[a-z])/.test(m.slice(nm.end, limit))) return null;
  return { start: nm.start, end: nm.end, text: m.slice(nm.start, nm.end) };
}

/** A determiner ending the text before a name. */
const DETERMINER_BEFORE = new RegExp(`\\b(?:${alternation(DETERMINERS)})\\s+$`, 'i');

/** A pronoun that may stand for a speaker after a quote ("“…,” he mocks"). */

/**
 * The mention right after a closing quote mark, behind at most one lower-case word ("“…,” he mocks",
 * "“…,” agrees Mia Stone"), up to `stop` (the next quote or the sentence's end), or null.
 */
export function afterQuote(m: string, from: number, stop: number): NonNullable<Cue['subject']> | null {
  const lead = /^[\s,;:—–-]*(?:(\p{Ll}+)\s+)?/u.exec(m.slice(from, stop))!;
  const at = from + lead[0].length;
  const word = /^\p{L}+/u.exec(m.slice(at, stop));
  if (!lead[1] && word && isSubjectPronoun(word[0]))
    return { start: at, end: at + word[0].length, text: word[0] };
  if (lead[1] && isSubjectPronoun(lead[1])) {
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
export function namesBefore(m: string, from: number, to: number): NonNullable<Cue['subject']>[] {
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
    // the sentence's first word is capitalised whatever it is: the subject finders read it ("It’s" owns
    // nothing: it is "it is")
    if (
      !/\p{L}/u.test(m.slice(from, nm.start)) &&
      (!/^['’]s\b/.test(m.slice(nm.end)) || m.slice(nm.start, nm.end) === 'It')
    )
      continue;
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
export type Phrase = NonNullable<Cue['subject']> & { pronoun?: { start: number; end: number } };

/**
 * Each "who" in the quote's sentence before the quote, with what it follows ("Jo Kell, who thinks …",
 * "Jo Kell - who said …", "a former aide who wrote …", "critics who say …").
 */
export function relativesBefore(m: string, from: number, to: number): Phrase[] {
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
 * ("a voice over saying: “…”", "led the paper to say “…”", "“…” a narrator in the film states").
 */
export function beforeSpeechVerbs(m: string, from: number, to: number): Phrase[] {
  const out: Phrase[] = [];
  const text = m.slice(from, to);
  SPEECH_VERB.lastIndex = 0;
  for (const v of [...text.matchAll(SPEECH_VERB), ...text.matchAll(DOCUMENT_VERB)]) {
    const end = from + text.slice(0, v.index!).replace(/\s+(?:to\s+)?$/, '').length;
    if (end === from + v.index!) continue;
    const p = phraseEndingAt(m, from, end);
    if (p && !isSubjectPronoun(p.text)) out.push(p);
  }
  return out;
}
