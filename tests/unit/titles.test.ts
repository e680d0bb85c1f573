/** Document titles fit html-validate's 70 characters without losing what they name. */
import { describe, expect, test } from 'vitest';
import { cutAtWord, documentTitle, quoteTitle, TITLE_MAX } from '../../src/lib/format.ts';

const site = 'The Analysis Desk';

describe('documentTitle', () => {
  test('a short title gets the site name', () => {
    expect(documentTitle('Actors', site)).toBe('Actors · The Analysis Desk');
    expect(documentTitle(site, site)).toBe(site);
  });

  test('a headline that fits alone drops the site name, not its words', () => {
    const headline = 'The Gaza war shows Russia and Iran have narrowed their differences';
    expect(documentTitle(headline, site)).toBe(headline);
  });

  test('a longer headline is cut at a word end with an ellipsis', () => {
    const title = documentTitle(
      'An exceptionally long headline that goes on and on about the negotiations over the river and the dam',
      site,
    );
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title).toBe('An exceptionally long headline that goes on and on about the…');
  });
});

describe('quoteTitle', () => {
  test('keeps the speaker and cuts the words', () => {
    const title = quoteTitle(
      'Both states oppose the idea of a single state or constellation of states (an order) as the sole arbiter',
      'Ghoncheh Tazmini',
    );
    expect(title).toBe('“Both states oppose the idea of a single state…” — Ghoncheh Tazmini');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
  });

  test('a short quote is whole', () => {
    expect(quoteTitle('everything has changed', 'Kamran Gasanov')).toBe(
      '“everything has changed” — Kamran Gasanov',
    );
  });
});

test('cutAtWord leaves no dangling punctuation', () => {
  expect(cutAtWord('Russia, in particular, challenges the order', 24)).toBe('Russia, in particular…');
});
