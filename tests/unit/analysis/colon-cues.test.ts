/**
 * colon-cues.ts: a quote introduced by a colon after a non-speech predicate ("X disagreed: “…”"), by a short
 * sentence about a person ("he paused. “…”"), or by a transcript label ("Quinn: “…”").
 */
import { describe, expect, test } from 'vitest';
import { expectSpeakers, namedRegistry, type QuoteCase, quotesIn, run, type SpeakerCase } from './helpers.ts';

const society = namedRegistry('society');
const world = namedRegistry('world');

describe('colon cues: a colon after a non-speech predicate introduces the subject’s quote', () => {
  test.each<SpeakerCase>([
    [
      ['Pierre Martin, a retired general, disagreed: “Sanctions never work.”'],
      [['Sanctions never work', 'Pierre Martin']],
    ],
    [['Laila Mansour was blunt: “We will not sign.”'], [['We will not sign', 'laila-mansour']]],
    [
      ['Anna Kowalska was more hopeful. She put it simply: “We have to try.”'],
      [['We have to try', 'Anna Kowalska']],
    ],
    [
      ['Tesfaye Alemu struck a defiant note:', '“The dam will be finished.”'],
      [['The dam will be finished', 'tesfaye-alemu']],
    ],
    // negatives: no subject that can speak
    [['The message from the protesters was clear: “Not in our name.”'], [['Not in our name', null]]],
    [['The placard read: “Stop the war now, please.”'], [['Stop the war', null]]],
    [['Her answer was short: “No comment at all, sorry.”'], [['No comment', null]]],
  ])('%j', expectSpeakers);
});

describe('colon cues: a short sentence about a person, then a pause, introduces their quote', () => {
  test.each<QuoteCase>([
    [
      [
        '“We will respond,” Kirby said.',
        'Asked whether Iran was responsible, he paused. “Iran bears responsibility. Full stop.”',
      ],
      [
        ['We will respond', 'Kirby', 'direct'],
        ['Iran bears responsibility', 'Kirby', 'direct'],
      ],
    ],
    // negative: a body before the full stop is no speaker
    [['The army withdrew overnight. “Never again, never again.”'], [['Never again', null, 'direct']]],
  ])('%j', quotesIn(world));
});

describe('colon cues: transcript speaker labels', () => {
  test.each<QuoteCase>([
    [
      [
        'Maya Quinn runs a bakery in Hull. We asked her about prices.',
        'Q: Why raise prices now?',
        'Quinn: “Flour has doubled. I held out as long as I could.”',
      ],
      [['Flour has doubled', 'Maya Quinn', 'direct']],
    ],
    [
      ['The host, Adam Cole, spoke to Maya Quinn.', 'Cole: “Will you close?” Quinn: “Not this year.”'],
      [
        ['Will you close?', 'Adam Cole', 'direct'],
        ['Not this year.', 'Maya Quinn', 'direct'],
      ],
    ],
    // negatives: a question label names nobody; a place before a colon is not a speaker; a label must open
    // the sentence
    [['Q: “Why now, after all these years?”'], [['Why now, after all these years?', null, 'direct']]],
    [['Lisbon: “Closed for good, thanks for everything.”'], [['Closed for good', null, 'direct']]],
  ])('%j', quotesIn(society));
});

describe('colon cues: a colon ending the paragraph may follow a longer predicate', () => {
  test.each<QuoteCase>([
    [
      [
        'Ann Roe then listed the qualities she looks for in a good county treasurer in 2016:',
        '“Has the candidate a record of service?”',
        '“Would the candidate fold once the pressure rose?”',
      ],
      [
        ['Has the candidate a record of service?', 'Ann Roe', 'direct'],
        ['Would the candidate fold', 'Ann Roe', 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));

  // negative: inside a paragraph the predicate before the colon stays short (only the weak sentence-subject
  // link reaches the quote)
  test('a long predicate before a colon inside the paragraph is no colon cue', () => {
    const q = run(
      ['Ann Roe then listed the qualities she looks for in a good county treasurer: “A record of service.”'],
      society,
    ).quotes[0]!;
    expect(q.evidence?.link).toBe('sentence-subject');
  });
});

describe('colon cues: a round-up names its source after a dash or "More from"', () => {
  test.each<QuoteCase>([
    [
      ['TURNOUT WAS HIGHER THAN EXPECTED IN DOVER - Ann M. Roe: “At long last the count is in.”'],
      [['At long last the count is in.', 'Ann M. Roe', 'direct']],
    ],
    [
      [
        'COUNTY TOWNS LEAN RED - Ann M. Roe: “Twenty towns lean red.”',
        'What it means for the fall - More from Roe: “The count is only a starting point.”',
      ],
      [
        ['Twenty towns lean red.', 'Ann M. Roe', 'direct'],
        ['The count is only a starting point.', 'Ann M. Roe', 'direct'],
      ],
    ],
    [
      [
        'FEWER TOWNS LEAN RED - Ann Roe and Tom Kell: “Twenty towns lean red.”',
        'What it means -More from Roe and Kell: “The count is only a starting point.”',
      ],
      [
        ['Twenty towns lean red.', 'Tom Kell', 'direct'],
        ['The count is only a starting point.', 'Tom Kell', 'direct'],
      ],
    ],
    // negative: a one-word name after "More from" that the text never named is no one
    [['The fall - More from Roe: “The count is only a starting point.”'], [['The count is', null, 'direct']]],
  ])('%j', quotesIn(society));
});

describe('colon cues: a circumstance before the subject is not part of it', () => {
  test.each<QuoteCase>([
    [
      [
        'When the old mayor died in 1998, Governor Ann Roe released the following statement:',
        '“We have lost a friend of the harbour.”',
      ],
      [['We have lost a friend', 'Ann Roe', 'direct']],
    ],
    [
      ['Asked whether the dam would hold, Ann Roe paused: “I hope so.”'],
      [['I hope so', 'Ann Roe', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('colon cues: a transcript label with a title, a party or a description before the name', () => {
  test.each<SpeakerCase>([
    [['Rep. Dana Holt (R-Ore.):“Who signed the order?”'], [['Who signed the order', 'Dana Holt']]],
    [
      ['Former state treasurer Ann Marie Roe: “We kept every record.”'],
      [['We kept every record', 'Ann Marie Roe']],
    ],
    // negative: a sentence, not a label, before the colon
    [['The delay does not surprise pollster Dana Holt: “Surges are common.”'], [['Surges', null]]],
  ])('%j', expectSpeakers);
});

describe('colon cues: a circumstance set off by commas between the subject and its predicate', () => {
  test.each([
    ['Ann Roe, in a memo to staff, was blunt: “We lost the vote.”', 'Ann Roe', undefined],
    [
      'The Roe campaign, in a memo on the ferry row, put it carefully: “Fares never rose.”',
      null,
      'The Roe campaign',
    ],
    // negative: a thing that says nothing
    ['The first incident, in March, was odd: “Nobody came to the pier.”', null, undefined],
  ])('%s', (text, name, description) => {
    const q = run([text]).quotes[0]!;
    expect([q.speaker.name, q.speaker.description]).toEqual([name, description]);
  });
});
