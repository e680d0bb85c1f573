/** Small text helpers shared by the analysis modules (pure). */
import { ABBREVIATIONS, alternation, DAYS, MONTHS, PARTY_INITIALS, TIME_ZONES, wordSet } from './lexicon.ts';

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
};

/** Folds accents and special letters to ASCII ("Qalqīlyah" -> "Qalqilyah"). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæÆøØłŁđĐœŒı]/g, (c) => SPECIAL[c] ?? c);
}

/** Lower-case ASCII words of a text, apostrophes dropped ("Iran’s" -> "irans"). */
export function slugWords(s: string): string[] {
  return asciiFold(s)
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Typographic normalisation for comparisons: curly quotes and apostrophes to straight. */
export function normQuotes(s: string): string {
  return s.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'");
}

export const OPEN_MARKS = '“„«';
export const CLOSE_MARKS = '”»';
export const STRAIGHT = '"';

/** Sentence boundaries of a (masked) text: [start, end) pairs covering the text. */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const re = /[.!?]+["”’)]*(?=\s+["“‘(]?[A-Z0-9\u2591]|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    out.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

const ABBREV = wordSet(ABBREVIATIONS);

const MONTH_OR_DAY = wordSet([...MONTHS, ...DAYS].map((name) => name.toLowerCase()));

/** A full stop that ends an abbreviation, not a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 8), dot));
  if (!before) return false;
  const w = before[1]!.toLowerCase();
  if (ABBREV.has(w)) return true;
  const next = /^\s+([A-Za-z]+|\d)/.exec(text.slice(dot + 1, dot + 16))?.[1] ?? '';
  // a short month before its day: "Sept. 11", "Jan. 20"
  if (MONTH_OR_DAY.has(w) && /^\d$/.test(next)) return true;
  // a time before its day or date: "at 9 a.m. Tuesday", "10 p.m. Sept. 3"
  if ((w === 'a.m' || w === 'p.m') && MONTH_OR_DAY.has(next.toLowerCase())) return true;
  return /^(?:[A-Z]\.)*[A-Z]$/.test(before[1]!); // initials: "J. Smith", "G.K. Roe"
}

/** Words of a span with their offsets. */
export function wordsWithOffsets(
  text: string,
  from = 0,
  to = text.length,
): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    out.push({ w: m[0], start: m.index, end: Math.min(m.index + m[0].length, to) });
  }
  return out;
}

export const MONTH_NAMES = wordSet(MONTHS);
export const DAY_NAMES = wordSet(DAYS);

/** Words in a text (tokens with a letter or digit). */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A string as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A live blog's time stamp opening a paragraph or a sentence ("09:15 —", "14.02 BST:", "10.30am:"). */
const TIMESTAMP = new RegExp(
  `(^|[.!?]["”’]?\\s+)` +
    `(\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:${alternation(TIME_ZONES)}))?\\s*(?:[—–-]|:)\\s+)` +
    `(?=["“‘(]?[\\p{Lu}\\p{N}“"])`,
  'gu',
);

/**
 * The text with live-blog time stamps masked, offsets unchanged: a stamp opening the paragraph becomes ". "
 * then spaces (the next words open a sentence), one after a sentence becomes spaces.
 */
export function maskTimestamps(text: string): string {
  return text.replace(
    TIMESTAMP,
    (_m, lead: string, stamp: string) =>
      lead + (lead ? ' '.repeat(stamp.length) : '.' + ' '.repeat(stamp.length - 1)),
  );
}

const PARTY = alternation(PARTY_INITIALS);
/**
 * A state's name or short form in an affiliation ("Texas", "N.Y.", "Calif.", "New Mexico"); between commas a
 * two-word state needs its closing comma (", D-Ore. Then" is one word and the next sentence).
 */
const STATE = '[A-Z][\\p{L}.]*(?:\\s[A-Z][\\p{L}.]*)?';

/**
 * A legislator's party and state after a name: in brackets ("(R-Texas)", "(D-N.Y.)", "(I-Vt.)", the party
 * alone "(R)" or the state alone "(Tex.)") or between commas (", R-Ky.,").
 */
const AFFILIATION = new RegExp(
  `(?<=\\p{Lu}[\\p{L}'’.-]*\\s?)\\((?:(?:${PARTY})(?:-${STATE})?|[A-Z][a-z]{1,5}\\.)\\)` +
    `|(?<=\\p{Lu}[\\p{L}'’.-]*),\\s(?:${PARTY})-(?:${STATE},|[A-Z][\\p{L}.]*(?=[\\s;:]|$))`,
  'gu',
);

/**
 * The text with a legislator's party and state masked by spaces, offsets unchanged: "Sen. Ann Roe (D-Ore.)
 * said" and "Sen. Ann Roe, D-Ore., said" read as "Sen. Ann Roe said", so the name, not the state, is the
 * subject. A full stop that ends the sentence after the state stays.
 */
export function maskAffiliations(text: string): string {
  if (!text.includes('(') && !text.includes('-')) return text;
  return text.replace(AFFILIATION, (m, offset: number) => {
    // "said Sen. Ann Roe, D-Ore. Then …": the state's full stop also ends the sentence
    const keep = m.endsWith('.') && !/^\s*,/.test(text.slice(offset + m.length)) ? 1 : 0;
    return ' '.repeat(m.length - keep) + m.slice(m.length - keep);
  });
}
