/** person-phrases.ts: phrases that describe people (appositives, job words, unnamed people), not names. */
import { describe, expect, test } from 'vitest';
import { isPersonAppositive } from '../../../src/analysis/person-phrases.ts';

describe('person phrases: a possessive description is a person appositive when its head is a person', () => {
  test.each([
    ['The council’s transport lead', true],
    ['the group’s leader', true],
    // negatives: the head is still a place or body
    ['the city’s main hospital', false],
    ['a hospital in Leeds', false],
  ])('%s is a person appositive: %s', (text, want) => {
    expect(isPersonAppositive(text)).toBe(want);
  });
});
