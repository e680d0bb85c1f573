/**
 * discourse.ts: the people and bodies an article talks about and where each is named; a surname or a name
 * with an honorific finds the full name written before it.
 */
import { describe, expect, test } from 'vitest';
import { opensSentence } from '../../../src/analysis/discourse.ts';
import {
  type AttributionCase,
  expectAttribution,
  expectSpeakers,
  type QuoteCase,
  quoteRows,
  quotesIn,
  run,
  type SpeakerCase,
} from './helpers.ts';

describe('discourse: a name opens its sentence, titles before it allowed', () => {
  test.each([
    ['Dr Farah Khan said so.', 3, true],
    ['It rained. Prof. Ann Lowe spoke.', 17, true],
    ['Nurse Amy Cole spoke.', 6, true],
    // negatives: a name inside a sentence, or after a lower-case job word
    ['Then Dr Farah Khan spoke.', 8, false],
    ['It was the nurse Amy Cole.', 16, false],
  ])('%s at %i opens the sentence: %s', (text, pos, want) => {
    expect(opensSentence(text, pos)).toBe(want);
  });
});

describe('discourse: a bare surname takes the full name written earlier', () => {
  test.each([
    [['Mariam Khalil runs a shelter.', '“We are full,” Khalil said.'], 'Mariam Khalil'],
    [['Mariam Khalil runs a shelter. “We are full,” Khalil said.'], 'Mariam Khalil'],
    // negatives: no full name before, or only an organisation ending in the word
    [['“We are full,” Khalil said.'], 'Khalil'],
    [['The Khalil Foundation runs a shelter.', '“We are full,” Foundation said.'], 'Foundation'],
  ])('%j', (paras, speaker) => {
    expect(quoteRows(run(paras))[0]![1]).toBe(speaker);
  });

  test.each<AttributionCase>([
    [
      'unregistered surname later',
      ['“We will rebuild,” said Amina Yusuf, a nurse.', '“The water is gone,” Yusuf said.'],
      [
        ['We will rebuild', 'Amina Yusuf'],
        ['The water is gone', 'Amina Yusuf'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test.each<QuoteCase>([
    // a surname with a particle finds the full name
    [
      [
        'Its director, Asmae El Moudir, dedicated the award to her grandmother. ' +
          '“She never let anyone take a photograph,” El Moudir said.',
      ],
      [['She never let', 'Asmae El Moudir', 'direct']],
    ],
    // negative: no full name before
    [
      ['“She never let anyone take a photograph,” El Moudir said.'],
      [['She never let', 'El Moudir', 'direct']],
    ],
  ])('%j', quotesIn());
});

describe('discourse: an honorific + surname joins the full name written before it', () => {
  test.each<SpeakerCase>([
    [
      [
        'Finance Minister Karl Brenner defended the plan. “We cannot spend what we do not have,” ' +
          'Mr Brenner said.',
      ],
      [['We cannot spend', 'Karl Brenner']],
    ],
    [
      ['Karl Brenner, a banker, spoke first.', '“Rates will fall,” Mr Brenner said.'],
      [['Rates will fall', 'Karl Brenner']],
    ],
    [['Dr Ines Vogel runs the clinic.', '“We are full,” Dr Vogel said.'], [['We are full', 'Ines Vogel']]],
    // the most recent person with that surname
    [
      [
        'Daniel Okafor, a trader, said prices had doubled.',
        'His sister, Grace Okafor, runs a school. “Parents cannot pay,” Ms Okafor said.',
        '“We all suffer,” Okafor said.',
      ],
      [
        ['Parents cannot pay', 'Grace Okafor'],
        ['We all suffer', 'Grace Okafor'],
      ],
    ],
    // negatives: no full name before, or a different surname
    [['“We are full,” Ms Vogel said.'], [['We are full', 'Vogel']]],
    [['Karl Brenner spoke first.', '“We are full,” Ms Vogel said.'], [['We are full', 'Vogel']]],
  ])('%j', expectSpeakers);
});
