/** quote-kind.ts: direct speech, or a scare quote (a title, a term, a slogan, words nobody speaks). */
import { describe, expect, test } from 'vitest';
import {
  type AttributionCase,
  expectAttribution,
  namedRegistry,
  type QuoteCase,
  quoteRows,
  quotesIn,
  run,
} from './helpers.ts';

const society = namedRegistry('society');

describe('quote kind: scare quotes and titles', () => {
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

  test.each<QuoteCase>([
    // an indefinite pronoun or a quantifier is an unnamed source, never a name, and can characterise
    [['The hall was full. Someone said, “We will not move.”'], [['We will not move', null, 'direct']]],
    [['Someone called it a “gentle uprising,” and the name stuck.'], [['gentle uprising', null, 'direct']]],
    [['Some called it a “gentle uprising,” and the name stuck.'], [['gentle uprising', null, 'direct']]],
  ])('%j', quotesIn(society));

  test('short quote with attribution is direct', () => {
    const rows = quoteRows(run(['Alemu said the talks were “over”.']));
    expect(rows).toEqual([['over', 'tesfaye-alemu', 'direct']]);
  });

  test.each<QuoteCase>([
    // placards and slogans are not speech
    [
      ['Protesters held placards reading “Homes yes, meadows no”.'],
      [['Homes yes, meadows no', null, 'scare']],
    ],
  ])('%j', quotesIn(society));

  test.each<AttributionCase>([
    [
      'no speaker: direct, unattributed',
      ['It was quiet. “No water until further notice for the whole district.”'],
      [['No water', null]],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('quote kind: a characterisation is direct speech only when its subject can speak', () => {
  test('an object with a relative clause before the quote: the characterising verb is the cue', () => {
    const a = run([
      'Ross called the fire that burned three old homes “a tragedy,” but he also noted the cost.',
    ]);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect([q.speaker.id, q.evidence?.cue?.text]).toEqual(['david-ross', 'called']);
  });

  test.each<[string[], [string, string | null, string][]]>([
    [['Egypt called the claim “a lie”.'], [['a lie', 'egypt', 'direct']]],
    [['Laila Mansour dismissed the report as “fantasy”.'], [['fantasy', 'laila-mansour', 'direct']]],
    [['Ross described the talks as “useful”.'], [['useful', 'david-ross', 'direct']]],
    [['Sudan rejected the accusation as “baseless”.'], [['baseless', 'sudan', 'direct']]],
    // negatives: no subject that speaks
    [['The dispute, dubbed the “water war” by local media, drags on.'], [['water war', null, 'scare']]],
    [['A plan called “Green Nile” was published.'], [['Green Nile', null, 'scare']]],
    [['The so-called “water war” goes on.'], [['water war', null, 'scare']]],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras))).toEqual(rows);
  });

  test.each<QuoteCase>([
    // one of a group characterises: direct, with nobody named
    [['Critics were harsh; one called the album “lazy”.'], [['lazy', null, 'direct']]],
    // negative: a thing called something is still a title or scare quote
    [['The plan, called “Project Dawn”, was dropped.'], [['Project Dawn', null, 'scare']]],
    // a short quote used as a modifier of the noun after it is a term; one followed by a preposition is
    // speech
    [
      [
        'The software company Brightwave is cutting jobs as it shifts towards what it calls ' +
          '“AI-first” products.',
        'Its chief executive, Dana Holt, described the plan as “a historic step” towards growth.',
      ],
      [
        ['AI-first', null, 'scare'],
        ['a historic step', 'Dana Holt', 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));
});

describe('quote kind: words an unnamed group speaks are direct, with no speaker', () => {
  test.each<QuoteCase>([
    [
      ['Nurses have accused the government of ‘playing games’ with their pay.'],
      [['playing games', null, 'direct']],
    ],
    [['In Niamey, thousands rallied. “France out!” chanted the crowd.'], [['France out', null, 'direct']]],
    [['“Free them now!” protesters shouted outside the court.'], [['Free them now', null, 'direct']]],
    // negatives: scare quotes stay scare
    [['The so-called ‘energy terror’ campaign goes on.'], [['energy terror', null, 'scare']]],
    [['The crowd waved banners reading “Peace”.'], [['Peace', null, 'scare']]],
  ])('%j', quotesIn());
});
