/** text.ts: small text helpers; live-blog time stamps masked with offsets unchanged. */
import { describe, expect, test } from 'vitest';
import { maskAffiliations, maskTimestamps, sentences } from '../../../src/analysis/text.ts';

describe('text: live-blog time stamps are masked, offsets unchanged', () => {
  test.each([
    ['09:15 — The union said no.', '.       The union said no.'],
    ['Trains stopped. 14.02 BST: Ministers met.', 'Trains stopped.            Ministers met.'],
    // negatives: a time inside a sentence and a decimal stay
    ['At 09:15 — nothing moved.', 'At 09:15 — nothing moved.'],
    ['It rose 3.45 — a record.', 'It rose 3.45 — a record.'],
  ])('%s', (text, want) => {
    expect(maskTimestamps(text)).toBe(want);
    expect(maskTimestamps(text).length).toBe(text.length);
  });
});

describe("text: a legislator's bracketed party and state are masked, offsets unchanged", () => {
  test.each([
    ['Sen. Ann Roe (D-Ore.) said no.', 'Sen. Ann Roe          said no.'],
    ['Rep. Li Wu (R-Texas), a veteran, agreed.', 'Rep. Li Wu          , a veteran, agreed.'],
    ['Gov. Al Fox (I-N.Y.) wrote.', 'Gov. Al Fox          wrote.'],
    // the party or the state alone in brackets, or party and state between commas
    ['Gov. Al Fox (R) wrote.', 'Gov. Al Fox     wrote.'],
    ['Sen. Ann Roe (Ore.) said.', 'Sen. Ann Roe        said.'],
    ['Sen. Ann Roe, D-Ore., said no.', 'Sen. Ann Roe          said no.'],
    // the state's full stop that ends the sentence stays
    ['said Sen. Ann Roe, D-Ore. Then', 'said Sen. Ann Roe       . Then'],
    // negatives: not after a capitalised word, or not a party letter
    ['the landings (D-Day) began', 'the landings (D-Day) began'],
    ['Ann Roe (X-Ray) said', 'Ann Roe (X-Ray) said'],
    ['Shares of Orbit (ORBT) rose', 'Shares of Orbit (ORBT) rose'],
    ['the plan, D-Day, began', 'the plan, D-Day, began'],
  ])('%s', (text, want) => {
    expect(maskAffiliations(text)).toBe(want);
    expect(maskAffiliations(text).length).toBe(text.length);
  });
});

describe('sentences: full stops that end no sentence', () => {
  const split = (text: string) => sentences(text).map(([a, b]) => text.slice(a, b).trim());

  test('a short month before its day', () => {
    expect(split('The vote is on Sept. 11 in the capital. It may slip.')).toEqual([
      'The vote is on Sept. 11 in the capital.',
      'It may slip.',
    ]);
    expect(split('Talks resume Jan. 20, officials said.')).toHaveLength(1);
  });

  test('a time before its day or month', () => {
    expect(split('The polls close at 8 p.m. Tuesday, the board said. Counting starts then.')).toEqual([
      'The polls close at 8 p.m. Tuesday, the board said.',
      'Counting starts then.',
    ]);
    expect(split('It ends at 10 p.m. The next day is quiet.')).toHaveLength(2);
  });

  test('initials and "v."', () => {
    expect(split('G.K. Roe wrote the ruling in Dale v. Marsh last year. It stands.')).toEqual([
      'G.K. Roe wrote the ruling in Dale v. Marsh last year.',
      'It stands.',
    ]);
  });
});
