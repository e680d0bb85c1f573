/** first-name-gender.ts: the usual gender of a person's first name, a hint and nothing more. */
import { describe, expect, test } from 'vitest';
import { firstNameGender } from '../../../src/analysis/first-name-gender.ts';

describe('firstNameGender', () => {
  test.each<[string, 'male' | 'female' | null]>([
    ['Ann Roe', 'female'],
    ['Tom Hale', 'male'],
    ['Dr Ann Roe', 'female'],
    ['President Tom Hale', 'male'],
    // a surname alone, an initial, or a word that is no first name tells nothing
    ['Roe', null],
    ['J. Roe', null],
    ['Harbour Board', null],
  ])('%s -> %s', (name, gender) => expect(firstNameGender(name)).toBe(gender));
});
