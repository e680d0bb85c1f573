/**
 * The reader's query as searched: control characters and length bounded, and a single character
 * not searched at all (it would match most of a large archive).
 */
import { describe, expect, test } from 'vitest';
import { cleanQuery, MAX_QUERY, searchedAs, tooShort } from '../../src/scripts/search/query.ts';

describe('cleanQuery', () => {
  test('control characters become spaces, the ends are trimmed, the length is bounded', () => {
    expect(cleanQuery('  Kir\u0000by\n')).toBe('Kir by');
    expect(cleanQuery('x'.repeat(MAX_QUERY + 50))).toHaveLength(MAX_QUERY);
  });
});

describe('tooShort: one letter or digit is not a query', () => {
  test('a single character, whatever surrounds it', () => {
    for (const q of ['K', 'k', '7', '“K”', '"K"', 'K.', 'é']) expect(tooShort(q), q).toBe(true);
  });
  test('two characters or more are searched, in one word or two', () => {
    for (const q of ['Ki', 'th', 'UN', 'K K', 'Kirby', '"stronger than ever"'])
      expect(tooShort(q), q).toBe(false);
  });
  test('an empty query or one of punctuation alone is not "too short" (it clears, or finds nothing)', () => {
    expect(tooShort('')).toBe(false);
    expect(tooShort('--')).toBe(false);
  });
});

describe('searchedAs: a short word is searched whole, not as a prefix', () => {
  test('one word of two letters or digits goes to Pagefind in quotes (its exact matching), and only so', () => {
    expect(searchedAs('UN')).toEqual({ term: '"UN"', wholeWord: true });
    expect(searchedAs('th')).toEqual({ term: '"th"', wholeWord: true });
    expect(searchedAs('G7')).toEqual({ term: '"G7"', wholeWord: true });
    // punctuation around it is not a letter (Pagefind drops it too)
    expect(searchedAs('Ki.')).toEqual({ term: '"Ki"', wholeWord: true });
    expect(searchedAs('"UN"')).toEqual({ term: '"UN"', wholeWord: true });
  });
  test('three letters: the whole word, then (if it finds nothing) words that begin with them', () => {
    expect(searchedAs('the')).toEqual({ term: '"the"', wholeWord: true, prefix: 'the' });
    expect(searchedAs('Kir')).toEqual({ term: '"Kir"', wholeWord: true, prefix: 'Kir' });
  });
  test('longer words, several words and quoted phrases go as typed', () => {
    for (const q of ['Kirb', 'Tehran', 'UN Gaza', 'K K', 'U.N.S.C', '"stronger than"'])
      expect(searchedAs(q)).toEqual({ term: q, wholeWord: false });
  });
});
