import { describe, expect, test } from 'vitest';
import { findSegments, groupQuotes } from '../../src/analysis/quote-marks.ts';
import { quoteRows, run } from './helpers.ts';

describe('quote spans', () => {
  test.each([
    ['He said “one” and “two”.', ['one', 'two']],
    ['He said "one" and "two".', ['one', 'two']],
    ['“A. B. C,” she said.', ['A. B. C,']],
    ['It seeks “cooperation with China.”', ['cooperation with China.']],
    ["No quotes here, only Assad's allies and O'Neill.", []],
    ['The 5" screen is not a quote opener.', []],
  ])('%s', (text, expected) => {
    expect(findSegments(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  test('split quote around an attribution is one quote with two parts', () => {
    const a = run(['“First,” she said, “second.”']);
    const q = a.quotes.filter((x) => x.kind !== 'reported');
    expect(q).toHaveLength(1);
    expect(q[0]!.parts).toHaveLength(2);
    expect(q[0]!.text).toBe('First, second.');
  });

  test('two separate quotes are not joined when the first ends a sentence', () => {
    const g = groupQuotes(['“We are done.” The talks ended. “We will be back,” he said.']);
    expect(g).toHaveLength(2);
  });

  test('newspaper-style quote across paragraphs', () => {
    const g = groupQuotes([
      '“First paragraph of the quote.',
      '“Second paragraph,” said Samira Haddad.',
      'Unrelated.',
    ]);
    expect(g).toHaveLength(1);
    expect(g[0]!.segments.map((s) => s.para)).toEqual([0, 1]);
  });

  test('an unclosed quote with no reopening ends at its paragraph', () => {
    const g = groupQuotes(['“Never closed.', 'Next paragraph, no mark.']);
    expect(g).toHaveLength(1);
    expect(g[0]!.segments).toHaveLength(1);
  });

  test('three-paragraph quote', () => {
    const a = run(['“One.', '“Two.', '“Three,” said Laila Mansour.']);
    const q = a.quotes.filter((x) => x.kind === 'direct');
    expect(q).toHaveLength(1);
    expect(q[0]!.parts.map((p) => p.paragraph)).toEqual([1, 2, 3]);
    expect(q[0]!.speaker.id).toBe('laila-mansour');
  });
});

describe('scare quotes and titles', () => {
  test.each([
    ['The so-called “water war” has dominated television.', 'scare'],
    ['Critics mocked the “deal”.', 'scare'],
    ['A documentary titled “The River Between Us” drew viewers.', 'scare'],
    ['The film “Lines In The Sand” was shown in Cairo.', 'scare'],
    ['The plan was described by no one as “a plan to save the river from ruin”.', 'direct'],
  ])('%s -> %s', (text, kind) => {
    const rows = quoteRows(run([text]));
    expect(rows[0]![2]).toBe(kind);
    if (kind === 'scare') expect(rows[0]![1]).toBeNull();
  });

  test('short quote with attribution is direct', () => {
    const rows = quoteRows(run(['Alemu said the talks were “over”.']));
    expect(rows).toEqual([['over', 'tesfaye-alemu', 'direct']]);
  });
});
