import { describe, expect, test } from 'vitest';
import * as lexicon from '../../../src/analysis/lexicon.ts';

const lists = Object.entries(lexicon).filter(
  (e): e is [string, readonly string[]] => Array.isArray(e[1]) && e[1].every((w) => typeof w === 'string'),
);

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
  });

  test('the verbs of saying name each form once, with what it can do', () => {
    const forms = lexicon.SPEECH_VERBS.flatMap((v) => v.forms);
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
    expect(forms).toContain('told reporters');
    for (const v of lexicon.SPEECH_VERBS) {
      expect(v.uses.length).toBeGreaterThan(0);
      for (const use of v.uses) expect(['clause', 'invert', 'object', 'quote']).toContain(use);
    }
  });

  test('alternation keeps the order of the list', () => {
    expect(lexicon.alternation(['said', 'says'])).toBe('said|says');
  });
});
