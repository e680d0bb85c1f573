/**
 * stages/text.ts: paragraphs are read with time stamps and legislators' "(R-Texas)" masked; the
 * paragraphs and offsets keep them.
 */
import { describe, expect, test } from 'vitest';
import { namedRegistry, type QuoteCase, quotesIn, run } from '../helpers.ts';

const society = namedRegistry('society');

describe('text stage: a live-blog time stamp is masked for the analysis and kept in the paragraph', () => {
  test.each<QuoteCase>([
    [
      [
        '09:02 — Good morning.',
        '09:15 — The union’s general secretary, Dan Moss, spoke outside the station. ' +
          '“We had no choice,” he said.',
      ],
      [['We had no choice', 'Dan Moss', 'direct']],
    ],
    [
      ['10:05 — Commuter Lily Hart was angry. “Third time this week,” she said.'],
      [['Third time this week', 'Lily Hart', 'direct']],
    ],
  ])('%j', quotesIn(society));

  test('paragraph texts and quote offsets keep the time stamp', () => {
    const text = '09:15 — Dan Moss, a driver, spoke. “We had no choice,” he said.';
    const a = run([text], society);
    expect(a.paragraphs[0]!.text).toBe(text);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect(text.slice(q.parts[0]!.start, q.parts[0]!.end)).toBe('We had no choice,');
  });
});

describe('text stage: a bracketed party and state after a name is not the speaker', () => {
  test.each<QuoteCase>([
    [
      ['Sen. Ann Roe (D-Ore.) said the bill was “dead on arrival.”'],
      [['dead on arrival', 'Ann Roe', 'direct']],
    ],
    [['“We will fight it,” said Rep. Li Wu (R-Texas).'], [['We will fight it', 'Li Wu', 'direct']]],
    [
      ['Sen. Ann Roe, D-Ore., said the bill was “dead on arrival.”'],
      [['dead on arrival', 'Ann Roe', 'direct']],
    ],
    [['“It will pass,” Gov. Al Fox (R) said.'], [['It will pass', 'Al Fox', 'direct']]],
  ])('%j', quotesIn(society));
});
