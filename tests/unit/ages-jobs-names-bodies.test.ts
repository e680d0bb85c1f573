/** Patterns from the set-g misses: people by age or job, names with too much or too little, bodies containing an alias, urging, pronouns. */
import { describe, expect, test } from 'vitest';
import { findNameIntros } from '../../src/analysis/intros.ts';
import { trailingName } from '../../src/analysis/names.ts';
import { expectQuotes, namedRegistry, type QuoteExpectation } from './helpers.ts';

const civic = namedRegistry('civic');
type Rows = QuoteExpectation[];
const check = (paras: string[], rows: Rows) => expectQuotes(paras, rows, civic);

describe('people introduced by age or job', () => {
  test.each<[string[], Rows]>([
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
    [
      [
        'The winner was Joe Pike, ahead of Sam Hale.',
        'Pike, 23, had never won a race. “I can’t believe it,” he said.',
      ],
      [['I can’t believe it', 'Joe Pike', 'direct']],
    ],
    [
      ['United boss Karen Holt praised her side. “They never gave up,” she said.'],
      [['They never gave up', 'Karen Holt', 'direct']],
    ],
    [
      ['France’s trade minister, Luc Moreau, backed the deal. “It is a good day,” he said.'],
      [['It is a good day', 'Luc Moreau', 'direct']],
    ],
    // negatives: an age with nobody named before stays unattributed; a place with a number is not a person
    [['“It was chaos,” the 60-year-old said.'], [['It was chaos', null, 'direct']]],
    [['In Leeds, 40, people queued. “We waited hours,” one said.'], [['We waited hours', null, 'direct']]],
  ])('%j', check);

  test.each([
    ['Fry, 19, made his debut.', 'Fry'],
    ['Marlow, who beat her last year, won.', 'Marlow'],
    // negatives: not at a sentence start, or a title word
    ['It came from Leeds, 19, miles away.', null],
    ['However, 19, were hurt.', null],
  ])('%s introduces %s', (text, name) => {
    const got = findNameIntros(text, () => false).map((x) => x.name);
    if (name) expect(got).toContain(name);
    else expect(got).toEqual([]);
  });
});

describe('names with too much or too little', () => {
  test.each([
    ['his barrister Helen Sato KC', 'Helen Sato'],
    ['Lord Reed', 'Lord Reed'],
    ['Baroness Hale', 'Baroness Hale'],
    // negatives: a full name keeps no title; an honorific is not a peerage
    ['Lord Peter Mandel', 'Peter Mandel'],
    ['Mr Reed', 'Reed'],
  ])('%s -> %s', (text, name) => {
    expect(trailingName(text)?.name).toBe(name);
  });

  test.each<[string[], Rows]>([
    [
      ['Professor Ann Lowe of the University of York called the result “a surprise”.'],
      [['a surprise', 'Ann Lowe', 'direct']],
    ],
    [
      ['Councillor Raj Patel, of the Green Party, accused her of “wasting money”.'],
      [['wasting money', 'Raj Patel', 'direct']],
    ],
    [['Her lawyer, Tom Greer KC, said her client was “relieved”.'], [['relieved', 'Tom Greer', 'direct']]],
    [['“The sentence is fair,” said Ruth Amos QC.'], [['The sentence is fair', 'Ruth Amos', 'direct']]],
    [
      ['In a short ruling, Lord Hart, the judge, wrote that the law was “clear”.'],
      [['clear', 'Lord Hart', 'direct']],
    ],
    // negatives: a body's own "of" name stays the body; members of a union are not the union
    [['The Bank of England said inflation was “too high”.'], [['too high', 'Bank of England', 'direct']]],
    [
      ['The cleaners, members of the union Unite, say they are paid “a pittance”.'],
      [['a pittance', null, 'direct']],
    ],
  ])('%j', check);
});

describe('bodies around registry aliases', () => {
  test.each<[string[], Rows]>([
    [
      ['The Japan Fisheries Agency (JFA) closed the bay. “The water is unsafe,” the JFA said.'],
      [['The water is unsafe', 'Japan Fisheries Agency', 'direct']],
    ],
    [
      [
        'The Brazilian Football Confederation (CBF) fined the club. “Racism has no place here,” the CBF said.',
      ],
      [['Racism has no place', 'Brazilian Football Confederation', 'direct']],
    ],
    [
      ['Britain’s Foreign Office said it was “concerned” by the arrests.'],
      [['concerned', 'united-kingdom', 'direct']],
    ],
    [['Germany’s Interior Ministry said the plan was “unworkable”.'], [['unworkable', 'germany', 'direct']]],
    [
      [
        'The Japan Meteorological Agency said the storm was “extremely dangerous”, urging residents to “leave now”.',
      ],
      [
        ['extremely dangerous', 'Japan Meteorological Agency', 'direct'],
        ['leave now', 'Japan Meteorological Agency', 'direct'],
      ],
    ],
    // negatives: an alias alone is still the state; a body named after a state that is not a government body stays itself
    [['Japan said the talks were “useful”.'], [['useful', 'japan', 'direct']]],
    [
      ['The Japan Football Association said the match was “postponed”.'],
      [['postponed', 'Japan Football Association', 'direct']],
    ],
  ])('%j', check);
});

describe('pronouns: the registry gender does not jump over the passage’s subject', () => {
  test.each<[string[], Rows]>([
    [
      ['Helena Marsh opened the meeting.', 'Sam Kerr spoke next. “We need more buses,” she said.'],
      [['We need more buses', 'Sam Kerr', 'direct']],
    ],
    // negative: a person named only as an object does not win over the registry gender
    [
      ['Helena Marsh met Sam Kerr.', '“We need more buses,” she said.'],
      [['We need more buses', 'helena-marsh', 'direct']],
    ],
  ])('%j', check);
});
