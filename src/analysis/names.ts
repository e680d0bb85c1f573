/** Person names in running text: the name a phrase ends or begins with, titles split off. */
import {
  alternation,
  FEMALE_HONORIFICS,
  HOME_PREPOSITIONS,
  MALE_HONORIFICS,
  MONTH_FIRST_NAMES,
  MONTH_SURNAMES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NON_NAME_WORDS,
  ORG_TAIL_WORDS,
  PEERAGE_TITLES,
  PLACE_PREPOSITIONS,
  POST_NOMINALS as POST_NOMINAL_LETTERS,
  ROLE_NOUNS,
  SURNAME_TITLES,
  TITLE_WORDS,
  wordSet,
} from './lexicon.ts';
import { DAY_NAMES, MONTH_NAMES } from './text.ts';

/** Capitalised words that are not names when they begin a phrase. */
export const NON_NAME = wordSet(NON_NAME_WORDS);

/**
 * Prepositions after which a capitalised word is a place, not a speaker ("in Leeds", "at Cannes", "near the
 * Cape").
 */
const PLACE_PREPOSITION = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(PLACE_PREPOSITIONS)})\\s+(?:the\\s+)?$`,
  'iu',
);

/** True if the text before `pos` ends in a place preposition ("… in ", "… near the "). */
export function afterPlacePreposition(text: string, pos: number): boolean {
  return PLACE_PREPOSITION.test(text.slice(Math.max(0, pos - 20), pos));
}

/** Title words that go into the role, not the name ("Foreign Minister Sergei Lavrov"). */
export const TITLES = wordSet(TITLE_WORDS);

/** Letters after a name that are not part of it ("Helen Sato KC", "Jane Doe MP"). */
const LETTERS = alternation(POST_NOMINAL_LETTERS);
const SUFFIXES = NAME_SUFFIXES.map((w) => `${w}\\.?`).join('|');
const LEADING_POST_NOMINAL = new RegExp(`^\\s*(?:${LETTERS}|${SUFFIXES})\\b`);
/** A token of letters after a name (also MS and AM, the Senedd's). */
export const POST_NOMINALS = new RegExp(`^(${LETTERS}|MS|AM|${SUFFIXES})$`);

/** The same letters at the end of a subject, after the name ("Helen Sato KC"). */
export const POST_NOMINAL_TAIL = new RegExp(`^\\s*(?:${LETTERS}|${SUFFIXES})\\s*$`);

const SURNAME_TITLE = wordSet(SURNAME_TITLES);
const MONTH_FIRST_NAME = wordSet(MONTH_FIRST_NAMES);
const MONTH_SURNAME = wordSet(MONTH_SURNAMES);

/** Titles of peers that stay part of a one-word name ("Lord Reed", "Baroness Hale"). */
export const PEERAGE = wordSet(PEERAGE_TITLES);

export const MALE = wordSet(MALE_HONORIFICS);

export const FEMALE = wordSet(FEMALE_HONORIFICS);

export const NAME_WORD = new RegExp(
  `^(?:[A-Z][\\p{L}\\p{M}'’-]*\\.?|(?:${alternation(NAME_PARTICLES)})(?:-[A-Z][\\p{L}\\p{M}'’-]*)?)$`,
  'u',
);

export function isCapWord(w: string): boolean {
  return /^[A-Z]/.test(w) && NAME_WORD.test(w);
}

export function isParticle(w: string): boolean {
  return /^[a-z]/.test(w) && NAME_WORD.test(w) && !/-/.test(w);
}

/** A surname with a joined particle ("al-Assad", "el-Sisi"). */
function isParticleSurname(w: string): boolean {
  return /^[a-z]+-[A-Z]/.test(w) && NAME_WORD.test(w);
}

/** "Tom Kell of Dover", "Ann Roe from the Leeds area": a person's name, then where they come from. */
const NAME_WITH_HOME = new RegExp(
  `^(.+?)\\s+(?:${alternation(HOME_PREPOSITIONS)})\\s+(?:the\\s+)?[A-Z][^,]*$`,
);

/**
 * The full name (two words or more) that a phrase opens with when the rest says where the person comes
 * from ("Rep. Tom Kell of Dover" -> "Tom Kell"); null otherwise.
 */
export function nameBeforeHome(text: string, offset = 0): NameFound | null {
  const home = NAME_WITH_HOME.exec(text);
  const nm = home ? trailingName(home[1]!, offset) : null;
  return nm && nm.end === offset + home![1]!.length && nm.name.includes(' ') ? nm : null;
}

export interface NameFound {
  /** The name without titles, e.g. "Sergei Lavrov". */
  name: string;
  start: number;
  end: number;
  /** Title words before the name ("Foreign Minister"), if any. */
  title?: string;
  gender?: 'male' | 'female';
}

/** Last words of a body's name ("… Association", "… Chamber"): title words before them belong to the name. */
const ORG_TAIL = new RegExp(`^(${alternation(ORG_TAIL_WORDS)})$`);

/**
 * The person name that ends a phrase ("US spokesman Amina Yusuf" -> "Amina Yusuf"), 1-4 words, titles split
 * off; null if the phrase does not end in a name-like sequence.
 */
export function trailingName(text: string, offset = 0): NameFound | null {
  const toks = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)].map((m) => ({
    w: m[0].replace(/['’]s$/, '').replace(/\.$/, (d) => (TITLES.has(m[0]) ? d : '')),
    start: m.index!,
    end: m.index! + m[0].length,
    poss: /['’]s$/.test(m[0]),
  }));
  // "Helen Sato KC": letters after the name are not part of it
  if (toks.length > 2 && POST_NOMINALS.test(toks[toks.length - 1]!.w) && isCapWord(toks[toks.length - 2]!.w))
    toks.pop();
  if (!toks.length) return null;
  const trailing = text
    .slice(toks[toks.length - 1]!.end)
    .replace(LEADING_POST_NOMINAL, '')
    .trim();
  if (trailing && !/^['’]s?$/.test(trailing)) return null;
  let i = toks.length - 1;
  const nameToks: typeof toks = [];
  while (i >= 0) {
    const t = toks[i]!;
    // "Syria’s Bashar al-Assad": a possessive before the name is a modifier, not part of it
    if (t.poss && nameToks.length) break;
    // "the National Residential Landlords Association": in a body's name a title word ("National") is part of
    // it
    // "Amy Pope": a title word that is also a surname ends a name after a first name; "said Baron": standing
    // alone, with no name after it, it is the surname
    const surname =
      !nameToks.length &&
      SURNAME_TITLE.has(t.w) &&
      (i === 0 ||
        (isCapWord(toks[i - 1]!.w) && !TITLES.has(toks[i - 1]!.w) && !NON_NAME.has(toks[i - 1]!.w)));
    if (
      isCapWord(t.w) &&
      (!TITLES.has(t.w) ||
        surname ||
        (nameToks.length > 0 && ORG_TAIL.test(nameToks[nameToks.length - 1]!.w)))
    )
      nameToks.unshift(t);
    else if (isParticle(t.w) && nameToks.length && i > 0 && isCapWord(toks[i - 1]!.w)) nameToks.unshift(t);
    else if (isParticleSurname(t.w) && i > 0 && isCapWord(toks[i - 1]!.w)) nameToks.unshift(t);
    else break;
    i--;
  }
  while (nameToks.length && (NON_NAME.has(nameToks[0]!.w) || isParticle(nameToks[0]!.w))) nameToks.shift();
  // "Economist Clara Weber" at the start of a sentence: the job word is not part of the name
  while (nameToks.length > 2 && ROLE_NOUN.test(nameToks[0]!.w.toLowerCase())) nameToks.shift();
  // "Dover County Recorder Ann Roe", "United Auto Workers Secretary-Treasurer Ann Roe": a job word inside a
  // longer capitalised chain ends what describes the person, when two or three name words follow it
  const job = nameToks.findLastIndex((t, k) => k > 0 && k <= nameToks.length - 3 && isJobWord(t.w));
  if (job > 0 && nameToks.length - job - 1 <= 3 && !nameToks.slice(job + 1).some((t) => ORG_TAIL.test(t.w)))
    nameToks.splice(0, job + 1);
  if (!nameToks.length || nameToks.length > 4) return null;
  if (nameToks.every((t) => MONTH_NAMES.has(t.w) || DAY_NAMES.has(t.w) || /^[A-Z]{2,}$/.test(t.w)))
    return null;
  // "Jan Brewer", "April Ryan": a month that is also a first name may open a name of two or three words
  const firstName = nameToks.length > 1 && nameToks.length < 4 && MONTH_FIRST_NAME.has(nameToks[0]!.w);
  // "Theresa May": a month that is also a surname may close a name after a first name
  const surname = (k: number) =>
    k > 0 &&
    k === nameToks.length - 1 &&
    MONTH_SURNAME.has(nameToks[k]!.w) &&
    !MONTH_NAMES.has(nameToks[k - 1]!.w);
  if (
    nameToks.some(
      (t, k) => (MONTH_NAMES.has(t.w) && !(k === 0 && firstName) && !surname(k)) || DAY_NAMES.has(t.w),
    )
  )
    return null;
  const first = nameToks[0]!;
  const titleToks: typeof toks = [];
  for (let j = toks.indexOf(first) - 1; j >= 0 && TITLES.has(toks[j]!.w); j--) titleToks.unshift(toks[j]!);
  // "a consultant in Leeds", "the prize at Cannes": a capitalised word after a place preposition is a place
  if (!titleToks.length && afterPlacePreposition(text, first.start)) return null;
  // "the Mayor of Leeds", "the Archbishop of Canterbury": what a title is "of" is a place or a body
  const k = toks.indexOf(first);
  const titleBefore = k >= 2 && (isJobWord(toks[k - 2]!.w) || TITLES.has(toks[k - 2]!.w));
  if (!titleToks.length && toks[k - 1]?.w === 'of' && titleBefore) return null;
  const found: NameFound = {
    name: text.slice(first.start, nameToks[nameToks.length - 1]!.end).replace(/['’]s$/, ''),
    start: offset + first.start,
    end:
      offset +
      first.start +
      text.slice(first.start, nameToks[nameToks.length - 1]!.end).replace(/['’]s$/, '').length,
  };
  // "Lord Reed": a peer's title with one name word is part of the name
  const peer =
    titleToks.length && nameToks.length === 1 && PEERAGE.has(titleToks[titleToks.length - 1]!.w)
      ? titleToks.pop()!
      : null;
  if (peer) {
    found.name = `${peer.w} ${found.name}`;
    found.start = offset + peer.start;
  }
  if (titleToks.length) {
    found.title = titleToks.map((t) => t.w).join(' ');
    const h = titleToks[titleToks.length - 1]!.w;
    if (MALE.has(h)) found.gender = 'male';
    if (FEMALE.has(h)) found.gender = 'female';
  }
  if (peer && MALE.has(peer.w)) found.gender = 'male';
  if (peer && FEMALE.has(peer.w)) found.gender = 'female';
  return found;
}

/** The name that begins a phrase ("Amina Yusuf on Tuesday" -> "Amina Yusuf"), or null. */
export function leadingName(text: string, offset = 0): NameFound | null {
  const m = /^\s*((?:[\p{L}\p{M}][\p{L}\p{M}'’.-]*\s*){1,8})/u.exec(text);
  if (!m) return null;
  const toks = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu)];
  let end = -1;
  let titleEnd = -1;
  let count = 0;
  let gender: 'male' | 'female' | undefined;
  const titles: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const gap = text.slice(i === 0 ? 0 : toks[i - 1]!.index! + toks[i - 1]![0].length, t.index!);
    if (i > 0 && gap.trim() !== '') break;
    if (i === 0 && gap.trim() !== '') return null;
    const w = t[0];
    if (count === 0 && TITLES.has(w)) {
      titles.push(w);
      titleEnd = t.index! + w.length;
      if (MALE.has(w)) gender = 'male';
      if (FEMALE.has(w)) gender = 'female';
      continue;
    }
    if (isCapWord(w) || (count > 0 && isParticle(w) && i + 1 < toks.length && isCapWord(toks[i + 1]![0]))) {
      if (count === 0 && (NON_NAME.has(w) || MONTH_NAMES.has(w) || DAY_NAMES.has(w))) return null;
      if (MONTH_NAMES.has(w) || DAY_NAMES.has(w)) break;
      count++;
      end = t.index! + w.replace(/['’]s$/, '').replace(/\.$/, '').length;
      continue;
    }
    break;
  }
  if (count === 0 || count > 4) return null;
  const startIdx = titleEnd >= 0 ? text.slice(titleEnd).search(/\S/) + titleEnd : text.search(/\S/);
  const found: NameFound = { name: text.slice(startIdx, end), start: offset + startIdx, end: offset + end };
  if (titles.length) found.title = titles.join(' ');
  if (gender) found.gender = gender;
  return found;
}

/** Lower-case job words that introduce a name ("engineer Dawit Bekele", "pensioner Halyna Shevchuk"). */
export const ROLE_NOUN = new RegExp(`^(${alternation(ROLE_NOUNS)})$`);

/** A capitalised job word, or a hyphenated one ending in a job word ("Recorder", "Secretary-Treasurer"). */
function isJobWord(w: string): boolean {
  return /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*$/.test(w) && ROLE_NOUN.test(w.split('-').pop()!.toLowerCase());
}

/**
 * A title ("Dr", "Minister") or a capitalised job word ("Nurse", "Commuter") that can precede a name; peers'
 * titles excepted.
 */
export function isTitleWord(w: string): boolean {
  return (TITLES.has(w) && !PEERAGE.has(w)) || (/^[A-Z][a-z]+$/.test(w) && ROLE_NOUN.test(w.toLowerCase()));
}

/**
 * A name without the titles and capitalised job words before it, keeping at least two words ("Dr Naomi
 * Fisher" -> "Naomi Fisher").
 */
export function stripLeadingTitles(name: string): string {
  const ws = name.split(/\s+/);
  while (ws.length > 2 && isTitleWord(ws[0]!.replace(/\.$/, ''))) ws.shift();
  return ws.join(' ');
}
