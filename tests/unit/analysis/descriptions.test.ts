/**
 * descriptions.ts: definite descriptions resolved to an entity met before ("the Egyptian negotiator", "the
 * ministry", "the agency", "the 47-year-old").
 */
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

const civic = namedRegistry('civic');
const society = namedRegistry('society');
const world = namedRegistry('world');

describe('descriptions: a description names someone met before whose role and modifiers fit', () => {
  test.each<AttributionCase>([
    [
      'description by role',
      [
        'Laila Mansour, an Egyptian negotiator, arrived late.',
        'The deal is “dead for now”, according to the Egyptian negotiator.',
      ],
      [['dead for now', 'laila-mansour']],
    ],
    [
      'description modifier must fit',
      [
        'Laila Mansour, an Egyptian negotiator, arrived late.',
        'The deal is “dead for now”, according to the Ethiopian negotiator.',
      ],
      [['dead for now', null]],
    ],
    [
      'description of an organisation',
      [
        'The Egyptian foreign ministry met the envoy.',
        '“Egypt will defend its rights,” the ministry said in a statement.',
      ],
      [['Egypt will defend', 'egyptian-foreign-ministry']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test.each([
    // "the ministry": the state most recently named
    [
      ['Egypt replied within hours.', 'The ministry said: “We respect our commitments.”'],
      [['We respect our commitments.', 'egypt']],
    ],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
  });

  test.each<QuoteCase>([
    // a title stands for its noun: "the judge" is Justice Ruth Kamau
    [
      [
        'Justice Ruth Kamau said the evictions had been unlawful.',
        '“The state does not stand above the law it writes,” the judge said.',
      ],
      [['The state does not stand', 'Ruth Kamau', 'direct']],
    ],
  ])('%j', quotesIn(society));
});

describe('descriptions: "the Turkish leader" is the person the description fits; "he" after it too', () => {
  test.each<QuoteCase>([
    [
      [
        'Recep Tayyip Erdoğan and Jens Stoltenberg met in Ankara.',
        'Stoltenberg spoke first. “We are close,” he said.',
        'Asked about Sweden, the Turkish leader smiled. “Patience,” he said.',
      ],
      [
        ['We are close', 'jens-stoltenberg', 'direct'],
        ['Patience', 'recep-tayyip-erdogan', 'direct'],
      ],
    ],
    [
      [
        'Recep Tayyip Erdoğan and Jens Stoltenberg met in Ankara.',
        'Stoltenberg spoke first. “We are close,” he said.',
        'Asked about Sweden, the Turkish president smiled. “Patience,” he said.',
      ],
      [
        ['We are close', 'jens-stoltenberg', 'direct'],
        ['Patience', 'recep-tayyip-erdogan', 'direct'],
      ],
    ],
    // negatives: a description that fits nobody, an indefinite one
    [
      [
        'Recep Tayyip Erdoğan and Jens Stoltenberg met in Ankara.',
        'Stoltenberg spoke first. “We are close,” he said.',
        'Asked about it, the Hungarian leader smiled. “Patience,” he said.',
      ],
      [
        ['We are close', 'jens-stoltenberg', 'direct'],
        ['Patience', 'jens-stoltenberg', 'direct'],
      ],
    ],
    [
      [
        'Recep Tayyip Erdoğan and Jens Stoltenberg met in Ankara.',
        'Stoltenberg spoke first. “We are close,” he said.',
        'Later, a Turkish official smiled. “Patience,” he said.',
      ],
      [
        ['We are close', 'jens-stoltenberg', 'direct'],
        ['Patience', 'jens-stoltenberg', 'direct'],
      ],
    ],
  ])('%j', quotesIn(world));
});

describe('descriptions: "the 47-year-old" is the person the passage is about', () => {
  test.each<QuoteCase>([
    [
      [
        'Head coach Paula Grant said the squad was tired.',
        '“We ran out of legs,” the 47-year-old told reporters.',
      ],
      [['We ran out of legs', 'Paula Grant', 'direct']],
    ],
    [
      ['Ben Akers, who lost in the final, was gracious. “He was better today,” said the 31-year-old.'],
      [['He was better today', 'Ben Akers', 'direct']],
    ],
    // negative: an age with nobody named before stays unattributed
    [['“It was chaos,” the 60-year-old said.'], [['It was chaos', null, 'direct']]],
  ])('%j', quotesIn(civic));
});

describe('descriptions: "the company", "the agency", "the university" is the body it names', () => {
  test.each<QuoteCase>([
    // "the agency" is the body the paragraph is about, not an agency named further back
    [
      [
        'The European Space Agency built the lander.',
        'NASA, which supplied a radio, sent its congratulations. ' +
          '“Welcome to the south pole,” the agency wrote.',
      ],
      [['Welcome to the south pole', 'NASA', 'direct']],
    ],
    // "the university" is the body whose head noun it is
    [
      [
        'Staff at the University of Leeds walked out. The University and College Union said cuts would ' +
          '“gut” departments. The university said it had “no choice”.',
      ],
      [
        ['gut', 'University and College Union', 'direct'],
        ['no choice', 'University of Leeds', 'direct'],
      ],
    ],
    // negative: "the union" stays the union
    [
      [
        'Staff at the University of Leeds walked out. The University and College Union said cuts were ' +
          '“reckless”. The union said talks had “collapsed”.',
      ],
      [
        ['reckless', 'University and College Union', 'direct'],
        ['collapsed', 'University and College Union', 'direct'],
      ],
    ],
    // "the company said" with the body named in an earlier paragraph by a company-name word; an unnamed
    // official is nobody
    [
      [
        'Hanamura Motors is recalling 1.2 million cars, the carmaker said on Tuesday.',
        '“The safety of our customers is our highest priority,” the company said in a statement.',
        'An official at the ministry, who spoke on condition of anonymity, said an inspection was ' +
          '“not ruled out at this stage”.',
      ],
      [
        ['The safety of our customers', 'Hanamura Motors', 'direct'],
        ['not ruled out', null, 'direct'],
      ],
    ],
  ])('%j', quotesIn(society));
});
