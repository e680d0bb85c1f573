import { describe, expect, test } from 'vitest';
import * as lexicon from '../../../src/analysis/lexicon.ts';

const lists = Object.entries(lexicon).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]));

describe('the lexicon', () => {
  test('holds the word lists', () => {
    expect(lists.length).toBeGreaterThan(40);
  });

  test.each(lists)('%s has no duplicate entry', (_name, list) => {
    const seen = new Set<string>();
    const duplicates = list.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
    expect(duplicates).toEqual([]);
  });

  test.each(lists)('%s has no empty entry and no stray white space', (_name, list) => {
    for (const w of list) expect(w).toMatch(/^\S(.*\S)?$/);
  });

  test('an underscore joins the words of a phrase', () => {
    expect(lexicon.NON_PERSON_HEADS).toContain('think tank');
    expect(lexicon.CUE_VERBS).toContain('told reporters');
  });

  test('alternation keeps the order of the list', () => {
    expect(lexicon.alternation(['said', 'says'])).toBe('said|says');
  });
});
