/**
 * stages/attribution.ts: the cue behind each quote, direct speech or a scare quote, and the quote record
 * with its speaker, evidence and confidence.
 */
import { describe, expect, test } from 'vitest';
import { stagesOf } from './run.ts';

const quotesOf = (...texts: string[]) =>
  stagesOf(texts).attributed.quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    name: q.speaker.name,
    description: q.speaker.description ?? null,
    how: q.evidence?.how ?? null,
  }));

describe('attribution stage: unnamed sources', () => {
  test.each([
    ['“The talks are over,” officials said.', 'officials'],
    ['“The talks are over,” a senior aide told reporters.', 'a senior aide'],
    ['Sources close to the talks said: “It is over.”', 'sources close to the talks'],
    ['“We will not move,” the protesters chanted outside.', 'the protesters'],
  ])('%s is attributed to %s, who is not named', (text, description) => {
    const [q] = quotesOf(text);
    expect(q).toMatchObject({ kind: 'direct', name: null, description, how: 'description' });
  });

  test('a pronoun with nobody before it is no unnamed source', () => {
    expect(quotesOf('“It is over,” she said.')[0]).toMatchObject({
      name: null,
      description: null,
      how: null,
    });
  });

  test('an unnamed source is no unregistered speaker', () => {
    expect(stagesOf(['“It is over,” officials said.']).attributed.unregistered.size).toBe(0);
  });
});

describe('attribution stage: scare quotes and names', () => {
  test.each([
    'Dana Holt added that the so-called “rules of the game” had eroded.',
    'A group calling itself “BlackHarbor” claimed the attack.',
    'The dispute, dubbed the “water war” by local papers, goes on.',
  ])('%s', (text) => {
    expect(quotesOf(text)[0]!.kind).toBe('scare');
  });

  test('a body that can speak may name a thing: "Farmers’ groups called it “an insult”"', () => {
    expect(quotesOf('Farmers’ groups called the forecast “an insult to anyone who farms”.')[0]).toMatchObject(
      {
        kind: 'direct',
        description: 'farmers’ groups',
      },
    );
  });
});

describe('attribution stage: partial quotes inside what someone reports are theirs', () => {
  test.each([
    ['Dana Holt did say she found the envoy “very charming” before leaving.', 'Dana Holt'],
    ['Dana Holt praised the deal and said that the vote was “very competitive” this time.', 'Dana Holt'],
  ])('%s', (text, name) => {
    expect(quotesOf(text)[0]).toMatchObject({ kind: 'direct', name });
  });
});

describe('attribution stage: a quote after a sentence reporting its speaker again', () => {
  test('the mention is that nearer sentence, not the cue of the quote before', () => {
    const quotes = stagesOf([
      '“We need more parties,” says Ann Roe, a nurse from Dover. She says people should vote as they like. ' +
        '“It is their life, and their vote.”',
    ]).attributed.quotes.filter((q) => q.kind === 'direct');
    expect(quotes.map((q) => [q.speaker.name, q.evidence?.mention?.text])).toEqual([
      ['Ann Roe', 'Ann Roe'],
      ['Ann Roe', 'She'],
    ]);
  });
});

describe('attribution stage: a quote before a sentence that names its speaker again and reports more', () => {
  const mentions = (text: string) =>
    stagesOf([text])
      .attributed.quotes.filter((q) => q.kind === 'direct')
      .map((q) => [q.speaker.name, q.evidence?.mention?.text]);

  test('the mention is the one that introduced the speaker, not the reporting sentence after', () => {
    expect(
      mentions(
        '“We have two chances to get it right,” said Ann Roe, a nurse from Dover. ' +
          '“And the board keeps saying it will listen.” Roe added that the vote was set for May.',
      ),
    ).toEqual([
      ['Ann Roe', 'Ann Roe'],
      ['Ann Roe', 'Ann Roe'],
    ]);
  });

  test('the same inside one sentence: “…” because “…” She says …', () => {
    expect(
      mentions(
        'Ann Roe says “the whole plan is wrong” because “the harbour has grown too small.” ' +
          'She says the boats wait for days.',
      ),
    ).toEqual([
      ['Ann Roe', 'Ann Roe'],
      ['Ann Roe', 'Ann Roe'],
    ]);
  });

  test('another speaker reporting after the quote keeps it', () => {
    expect(
      mentions(
        '“We have two chances,” said Ann Roe. “It will not work.” Tom Kell added that the vote was set.',
      ),
    ).toEqual([
      ['Ann Roe', 'Ann Roe'],
      ['Tom Kell', 'Tom Kell'],
    ]);
  });
});
