/**
 * The gender a person's first name usually has, from `gender-detection-from-name` (first names of English,
 * Italian, Spanish, French, German and Turkish, MIT). Only a hint: "Tom Hale and Ann Roe met. “…,” she said."
 * gives the quote to Ann Roe, but a lone "Lindsey Graham … he said" still resolves to Graham, because a
 * hint never outweighs the text (`Entity.guessedGender`, which a resolved pronoun overrides).
 */
import { getGender } from 'gender-detection-from-name';
import { isTitleWord } from './names.ts';

/**
 * The usual gender of the first name of `name` ("Ann Roe" -> female), or null when the name is one word
 * (a surname alone tells nothing: "Graham"), starts with an initial, or the first name is not known.
 */
export function firstNameGender(name: string): 'male' | 'female' | null {
  const words = name.split(/\s+/).filter((w) => !isTitleWord(w.replace(/\.$/, '')));
  if (words.length < 2) return null;
  const first = words[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  const g = getGender(first, 'en');
  return g === 'male' || g === 'female' ? g : null;
}
