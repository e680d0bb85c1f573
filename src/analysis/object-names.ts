/**
 * A person named only as an object ("Ann Roe met Tom Kell."): no appositive, title or subject position
 * introduces them, but a full name whose first name has a known usual gender is a person all the same.
 */
import { opensSentence } from './discourse.ts';
import { firstNameGender } from './first-name-gender.ts';
import { PLACE_FIRST_WORDS } from './lexicon.ts';
import { isCapWord, NON_NAME, TITLES } from './names.ts';
import { isOrgName } from './orgs.ts';

/** Two or three capitalised words standing alone, not part of a longer run of capitalised words. */
const NAME_RUN = '(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]*\\p{L}){1,2})';
const FULL_NAME = new RegExp(`(?<!\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+)\\b${NAME_RUN}\\b(?!\\s+\\p{Lu})`, 'gu');

const PLACE_FIRST = new Set(PLACE_FIRST_WORDS);

/** Full names of people with a known first name, outside `blocked` spans (names already placed). */
export function findObjectNames(
  text: string,
  blocked: (start: number, end: number) => boolean,
): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    const name = m[1]!;
    const start = m.index!;
    const end = start + name.length;
    const words = name.split(/\s+/);
    if (
      PLACE_FIRST.has(words[0]!) ||
      words.some((w) => NON_NAME.has(w) || TITLES.has(w)) ||
      !words.every((w) => isCapWord(w) || /^\p{Lu}\.$/u.test(w))
    )
      continue;
    if (isOrgName(name) || !firstNameGender(name) || opensSentence(text, start) || blocked(start, end))
      continue;
    out.push({ name, start, end });
  }
  return out;
}
