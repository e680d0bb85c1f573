/**
 * Transcript turns printed as quotes: a paragraph that opens a quote with its speaker's label (“ROE: We
 * cannot …”, "Ann Roe: Fine …"). The label names who speaks the turn; it is not quoted words, and a turn is
 * never the quote of the paragraph before it running on.
 */
import { NON_SPEAKER_LABELS, wordSet } from './lexicon.ts';
import { isTitleWord, trailingName } from './names.ts';
import { isOrgName } from './orgs.ts';

const NOT_SPEAKERS = wordSet(NON_SPEAKER_LABELS);

/** One to three words in capitals ("ROE", "KATE BOULDUAN"), then a colon and the turn's words. */
const CAPS_LABEL = /^(\s*)(\p{Lu}[\p{Lu}’'.-]+(?:\s+\p{Lu}[\p{Lu}’'.-]+){0,2}):\s+(?=\S)/u;
/** A full name of two or three capitalised words ("Ann Roe"), then a colon and the turn's words. */
const NAME_LABEL = /^(\s*)(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2}):\s+(?=\S)/u;

/** A title before a name, with or without its full stop ("Sen.", "Mr"). */
function isTitle(w: string): boolean {
  return isTitleWord(w) || isTitleWord(w.replace(/\.$/, ''));
}

/** Where a label lies in its paragraph, and where the turn's quoted words begin. */
export interface TurnLabel {
  start: number;
  end: number;
  words: number;
}

/**
 * The speaker label right after the opening mark at `open`, when that mark opens the paragraph; or null.
 * `lowerCase` tells whether the article writes a word in lower case: a label in capitals that the article
 * also writes as a common word ("VIDEO: …" beside "a video") is a kicker, not a speaker.
 */
export function turnLabel(
  text: string,
  open: number,
  lowerCase: (word: string) => boolean,
): TurnLabel | null {
  if (open < 0 || text.slice(0, open).trim() !== '') return null;
  const after = text.slice(open + 1);
  const caps = CAPS_LABEL.exec(after);
  if (caps) {
    const parts = caps[2]!.toLowerCase().split(/\s+/);
    if (parts.some((w) => NOT_SPEAKERS.has(w) || lowerCase(w)) || !/\p{Lu}{2}/u.test(caps[2]!)) return null;
    return at(open + 1, caps);
  }
  const named = NAME_LABEL.exec(after);
  if (!named) return null;
  // a name, perhaps after titles ("Ann Roe", "Mr. Ortiz", "Sen. Ann Roe")
  const label = named[2]!;
  const nm = trailingName(label);
  const titles = nm ? label.slice(0, nm.start).trim() : '';
  if (!nm || nm.end !== label.length || isOrgName(label)) return null;
  if (titles && !titles.split(/\s+/).every(isTitle)) return null;
  if (!titles && nm.start !== 0) return null;
  return at(open + 1, named);
}

function at(base: number, m: RegExpExecArray): TurnLabel {
  const start = base + m[1]!.length;
  return { start, end: start + m[2]!.length, words: base + m[0].length };
}

/** A test of whether the paragraphs write a word (lower-cased) in lower case anywhere, built once. */
export function lowerCaseWords(paragraphs: string[]): (word: string) => boolean {
  let seen: Set<string> | null = null;
  return (word) => {
    seen ??= new Set(paragraphs.join('\n').match(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*/gu) ?? []);
    return seen.has(word);
  };
}

/**
 * The name a label gives, at `start` in its paragraph: in the case names are written in, titles left out
 * ("KATE ROE" -> "Kate Roe", "SEN. ROE" and "Sen. Roe" -> "Roe"); same length as the words it covers.
 */
export function labelName(label: string, start = 0): { start: number; end: number; text: string } {
  const cap = (_: string, before: string, letter: string) => before + letter.toUpperCase();
  const cased = /\p{Ll}/u.test(label) ? label : label.toLowerCase().replace(/(^|[\s’'.-])(\p{Ll})/gu, cap);
  let at = 0;
  for (let m = /^(\S+)\s+/.exec(cased); m && isTitle(m[1]!); m = /^(\S+)\s+/.exec(cased.slice(at)))
    at += m[0].length;
  return { start: start + at, end: start + cased.length, text: cased.slice(at) };
}
