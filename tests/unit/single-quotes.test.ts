import { describe, expect, test } from 'vitest';
import { findSegments, maskQuotes } from '../../src/analysis/quote-marks.ts';
import { notSpeechUse } from '../../src/analysis/speech-cues.ts';
import { quoteRows, run } from './helpers.ts';

describe('single curly quotes and nesting', () => {
  test.each([
    ['‘We are ready,’ she said.', ['We are ready,']],
    ['‘We shouldn’t go,’ he added.', ['We shouldn’t go,']],
    ['He called it ‘a response to Kyiv’s attacks’ and left.', ['a response to Kyiv’s attacks']],
    ['The so-called ‘energy terror’ campaign.', ['energy terror']],
    ['“He told me ‘no’,” she said.', ['He told me ‘no’,']],
    ['“He said, ‘Not today,’ and laughed,” she said.', ['He said, ‘Not today,’ and laughed,']],
    ['‘He shouted “run”,’ she said.', ['He shouted “run”,']],
    // negatives: apostrophes are not quotes
    ['Kyiv’s army and the farmers’ union met.', []],
    ['It’s the ’90s again.', []],
    ['A lone ‘ mark opens nothing.', []],
  ])('%s', (text, expected) => {
    expect(findSegments(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  test('the mask turns single marks into double ones and keeps the length', () => {
    const t = '‘Yes,’ she said.';
    const m = maskQuotes(t, findSegments(t));
    expect(m).toHaveLength(t.length);
    expect(m).toBe('“░░░░” she said.');
  });

  test.each([
    [['‘We are preparing for the worst,’ said Laila Mansour.'], 'laila-mansour'],
    [['Laila Mansour spoke first.', '‘It’s not over,’ she said.'], 'laila-mansour'],
  ])('British-style quote is attributed: %j', (paras, speaker) => {
    expect(quoteRows(run(paras))[0]![1]).toBe(speaker);
  });
});

describe('speech verbs that name no speaker', () => {
  test.each([
    ['the reported deal', 'reported', true],
    ['its stated aim', 'stated', true],
    ['it was reported', 'reported', true],
    ['he was told to leave', 'told', true],
    ['the alleged attack', 'alleged', true],
    // negatives: real speech
    ['the ministry said', 'said', false],
    ['Reuters reported that', 'reported', false],
    ['she has stated that', 'stated', false],
    ['He told reporters', 'told', false],
  ])('%s', (text, verb, expected) => {
    const s = text.lastIndexOf(verb);
    expect(notSpeechUse(text, s, s + verb.length)).toBe(expected);
  });

  test('a passive "it was reported" gives the quote no speaker', () => {
    const a = run([
      'Ethiopia spoke first.',
      'Troops had taken two villages, “with heavy losses”, it was reported.',
    ]);
    expect(quoteRows(a)[0]![1]).toBeNull();
  });
});
