/** Organisation names in running text: org words, well-known bodies without org words, acronyms, "the X". */
import {
  alternation,
  BODY_VERBS,
  COMPANY_SUFFIXES,
  KNOWN_BODIES,
  NAME_CONNECTORS,
  ORG_NOUNS,
  ORG_WORDS,
  PLACE_NAME_WORDS,
  PLACE_TAIL_WORDS,
  PRODUCT_NOUNS,
  wordSet,
} from './lexicon.ts';
import { afterPlacePreposition, TITLES } from './names.ts';

/** Words that make a capitalised name an organisation ("Amnesty International", "Foreign Ministry"). */
export const ORG_WORD = new RegExp(`\\b(${alternation(ORG_WORDS)})\\b`);

/**
 * Last words of company names ("Hanamura Motors", "Kyushu Electric", "Halden Capital"): a body only after
 * another name word.
 */
const COMPANY_SUFFIX = new RegExp(`\\S\\s+(${alternation(COMPANY_SUFFIXES)})$`);

/** Well-known bodies whose names carry no org word. */
const KNOWN = wordSet(KNOWN_BODIES);

/** True if a name found in the text is an organisation rather than a person. */
export function isOrgName(name: string): boolean {
  const n = name.trim().replace(/^the\s+/i, '');
  // "Doctors Without Borders": a capitalised function word inside a name; "Save the Children": a lower-case
  // "the" inside
  return (
    ORG_WORD.test(n) ||
    COMPANY_SUFFIX.test(n) ||
    KNOWN.has(n) ||
    isAcronym(n) ||
    /\S\s+(Without|Against|For|Of)\s+[A-Z]/.test(n) ||
    /^[A-Z]\S*\s+the\s+[A-Z]/.test(n)
  );
}

/**
 * Lower-case words that describe a body, not a person, when they come just before a name ("shipping giant
 * Maersk", "the charity Oxfam").
 */
export const ORG_NOUN = new RegExp(`\\b(${alternation(ORG_NOUNS)})\\b`);

/**
 * Initials of a name, all words but "the"/"and" ("Economic Community of West African States" -> "ECOWAS") and
 * capitalised words only ("ICRC").
 */
export function initials(name: string): string[] {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  const all = words
    .filter((w) => !/^(the|and|&)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  const caps = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
  return [...new Set([all, caps])].filter((x) => x.length >= 2);
}

/** True if an acronym stands for a full name ("ICRC" = "International Committee of the Red Cross"). */
export function acronymFits(acronym: string, fullName: string): boolean {
  const a = acronym.replace(/s$/, '');
  return (
    isAcronym(acronym) && fullName.split(/\s+/).length >= 2 && initials(asciiUpper(fullName)).includes(a)
  );
}

function asciiUpper(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * True for an all-capitals acronym of 2-6 letters ("AFP", "IDF", "UNRWA"), not a roman numeral or initial.
 */
export function isAcronym(w: string): boolean {
  return /^[A-Z]{2,6}s?$/.test(w) && !/^(I|II|III|IV|VI|OK|TV|AM|PM)$/.test(w);
}

export interface OrgFound {
  name: string;
  start: number;
  end: number;
}

/** A capitalised word of a body's name, and the lower-case words allowed between them. */
const NAME_WORD_SOURCE = "[A-Z][\\p{L}\\p{M}'’&.-]*";
const CONNECTOR = `(?:${alternation(NAME_CONNECTORS)})`;

/**
 * A whole phrase that reads as a body's name ("the Institute for the Study of War", "The IDF"); group 1 the
 * name.
 */
export const ORG_NAME_PHRASE = new RegExp(
  `^(?:(?:the|The)\\s+)?((?:${NAME_WORD_SOURCE}|[A-Z]{2,6})` +
    `(?:\\s+(?:${CONNECTOR}\\s+)*${NAME_WORD_SOURCE})*)$`,
  'u',
);

const CAP = "[A-Z\\u00C0-\\u00DE][\\p{L}\\p{M}'’&-]*";
const ORG_SEQ = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CAP}|[A-Z]{2,6})(?:\\s+(?:(?:for|of|on|and|the|de|du|des|sans)\\s+)*(?:${CAP}))*`,
  'gu',
);

/** What follows a name that stands alone as a body's name: punctuation, an acronym in brackets, a verb. */
const STANDS_ALONE = new RegExp(
  `^(\\s*([,.;:!?)”"]|$)|\\s*\\([A-Z]{2,6}\\)|\\s+(${alternation(BODY_VERBS)})\\b|\\s+[a-z]+ed\\b)`,
);
const PLACE_TAIL = new RegExp(`\\b(${alternation(PLACE_TAIL_WORDS)})$`);
const PLACE_NAME = new RegExp(`^(${alternation(PLACE_NAME_WORDS)})$`);

/**
 * Organisations named in a (quote-masked) text: acronyms, known bodies, capitalised names with an org word,
 * and "the X" names ("the Pentagon", "the Institute for the Study of War"); `blocked` excludes registry
 * names.
 */
export function findOrgs(text: string, blocked: (start: number, end: number) => boolean): OrgFound[] {
  const out: OrgFound[] = [];
  for (const m of text.matchAll(ORG_SEQ)) {
    let name = m[0].replace(/\s+(?:for|of|on|and|the|de|du|des|sans)$/, '').replace(/['’]s$/, '');
    let start = m.index!;
    const lead =
      /^(The|A|An|In|On|At|But|And|As|When|While|After|Before|Meanwhile|However|Separately|About)\s+/.exec(
        name,
      );
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    // "ECOWAS Commission President Omar Touray": the body ends where a title and a person's name begin
    const titled = /\s+([A-Z][\p{L}.]*)\s+[A-Z][\p{L}'’-]+\s+[A-Z][\p{L}'’-]+$/u.exec(name);
    if (titled && TITLES.has(titled[1]!)) name = name.slice(0, titled.index);
    if (!name || blocked(start, start + name.length)) continue;
    const next = text.slice(start + name.length, start + name.length + 20);
    // "the Pentagon said" names a body; "the Rafah crossing", "the French government" use the name as a
    // modifier
    const standsAlone = STANDS_ALONE.test(next);
    // "around the Cape of Good Hope": a capitalised name after a place preposition is a place
    const place = PLACE_TAIL.test(name) || afterPlacePreposition(text, start);
    const definite = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && standsAlone && !place;
    const words = name.split(/\s+/);
    const org = isOrgName(name) || (definite && words.length <= 6 && !PLACE_NAME.test(words[0]!));
    // what the text says of a name marks a body: "the app Chatterly", "Equinor, the state-controlled energy
    // company,"
    const described = !place && describedAsBody(text, start, start + name.length);
    if (
      !described &&
      (!org ||
        (words.length === 1 && !isAcronym(name) && !KNOWN.has(name) && !definite && !ORG_WORD.test(name)))
    )
      continue;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/**
 * True if the words around a capitalised name describe a body: a body noun just before it ("the app
 * Chatterly", "shipping giant Maersk"), an appositive after it whose head is a body noun ("Equinor, the
 * state-controlled energy company,"), or the name as the subject of "said its".
 */
export function describedAsBody(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  const noun =
    /(?:^|\s)(?:the\s+|a\s+|an\s+)?(?:[a-z][\p{L}-]*\s+)?([a-z][\p{L}-]*)\s+$/u.exec(before)?.[1] ?? '';
  if (noun && isBodyNoun(noun)) return true;
  const head = /^,\s+(?:the|a|an)\s+[^,.;]{0,60}?\b([a-z][\p{L}-]*),/u.exec(after)?.[1];
  if (head && isBodyNoun(head)) return true;
  // "Kora said its profits rose": a person's would be "his" or "her"
  return /^\s+(?:said|says|announced|confirmed|added|warned)\s+(?:that\s+)?its\b/.test(after);
}

const BODY_NOUN = new RegExp(`^(?:${alternation(ORG_NOUNS)}|${alternation(PRODUCT_NOUNS)})$`);

/** True for a lower-case noun that names a kind of body ("carmaker", "app", "lender"). */
export function isBodyNoun(word: string): boolean {
  return BODY_NOUN.test(word);
}
