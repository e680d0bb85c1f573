/** Patterns from the set-e misses: organisation names, places after prepositions, titles, pronouns, ministries, groups. */
import { describe, expect, test } from 'vitest';
import { findNameIntros } from '../../src/analysis/intros.ts';
import { trailingName } from '../../src/analysis/names.ts';
import { acronymFits, findOrgs } from '../../src/analysis/orgs.ts';
import { expectQuotes, namedRegistry, run, type QuoteExpectation } from './helpers.ts';

const world = namedRegistry('world');
type Rows = QuoteExpectation[];
const check = (paras: string[], rows: Rows, registry?: Parameters<typeof run>[1]) =>
  expectQuotes(paras, rows, registry);

describe('organisation speakers: the whole name, acronyms, descriptions', () => {
  test.each<[string[], Rows]>([
    [
      [
        'Shipping giant Maersk said it would keep sailing around the Cape of Good Hope. “The safety of our crews comes first,” the company said.',
      ],
      [['The safety', 'Maersk', 'direct']],
    ],
    [
      ['Save the Children said in a statement that the figure was “a stain on our conscience”.'],
      [['a stain', 'Save the Children', 'direct']],
    ],
    [
      [
        'The International Committee of the Red Cross said its convoy was hit. “This is unacceptable,” the ICRC said.',
      ],
      [['This is unacceptable', 'International Committee of the Red Cross', 'direct']],
    ],
    [
      [
        '“We are investigating,” the FAA said.',
        'The Federal Aviation Administration grounded the jets on Friday.',
      ],
      [['We are investigating', 'Federal Aviation Administration', 'direct']],
    ],
    [
      ['The Federal Aviation Administration (FAA) grounded the jets. “Safety comes first,” the FAA said.'],
      [['Safety comes first', 'Federal Aviation Administration', 'direct']],
    ],
    // negatives: an acronym that does not fit stays itself; a place is never the company
    [
      [
        'The International Committee of the Red Cross said its convoy was hit. “We need access,” the UNHCR said.',
      ],
      [['We need access', 'UNHCR', 'direct']],
    ],
    [
      ['The ships sailed around the Cape of Good Hope. “It adds ten days,” the company said.'],
      [['It adds ten days', null, 'direct']],
    ],
  ])('%j', check);

  test.each([
    ['ICRC', 'International Committee of the Red Cross', true],
    ['ECOWAS', 'Economic Community of West African States', true],
    ['MSF', 'Médecins Sans Frontières', true],
    ['FAA', 'Federal Aviation Administration', true],
    // negatives
    ['IMF', 'International Committee of the Red Cross', false],
    ['US', 'Unison', false],
    ['Red', 'Red Cross', false],
  ])('%s stands for %s: %s', (acr, full, fits) => {
    expect(acronymFits(acr, full)).toBe(fits);
  });
});

describe('a capitalised word after a place preposition is a place, not a speaker', () => {
  test.each([
    ['One A&E consultant in Leeds', null],
    ['won the documentary prize at Cannes', null],
    ['sailing around the Cape', null],
    ['a lawyer from Lyon', null],
    // negatives: titles and names not after a preposition
    ['consultant Amy Leeds', 'Amy Leeds'],
    ['Prime Minister Keir Starmer', 'Keir Starmer'],
    ['talks with Keir Starmer', 'Keir Starmer'],
  ])('%s -> %s', (text, name) => {
    expect(trailingName(text)?.name ?? null).toBe(name);
  });
  test.each<[string[], Rows]>([
    [
      [
        'One A&E consultant in Leeds, who asked not to be named, said the situation was ‘the worst I have seen in 20 years’.',
      ],
      [['the worst I have seen', null, 'direct']],
    ],
    [
      ['The film “Mother of All Lies” won the prize at Cannes, the festival’s jury announced on Saturday.'],
      [['Mother of All Lies', null, 'scare']],
    ],
    // negatives: a named person in the same shape keeps the name
    [
      ['Amy Leeds, a consultant, who asked for more beds, said the situation was ‘the worst I have seen’.'],
      [['the worst I have seen', 'Amy Leeds', 'direct']],
    ],
  ])('%j', check);
  test.each([
    ['They sailed around the Cape of Good Hope.', []],
    ['They met at the Institute for Fiscal Studies.', ['Institute for Fiscal Studies']],
    // negative: a body that is the subject
    ['The Cape Town Council said so.', ['Cape Town Council']],
  ])('%s', (text, names) => {
    expect(findOrgs(text, () => false).map((o) => o.name)).toEqual(names);
  });
});

describe('titles and names with particles', () => {
  test.each<[string[], Rows]>([
    [
      ['“All options are on the table,” ECOWAS Commission President Omar Touray told reporters.'],
      [['All options', 'Omar Touray', 'direct']],
    ],
    [
      ['Bank of England Governor Andrew Bailey said rates would stay “higher for longer”.'],
      [['higher for longer', 'Andrew Bailey', 'direct']],
    ],
    [
      [
        'Its director, Asmae El Moudir, dedicated the award to her grandmother. “She never let anyone take a photograph,” El Moudir said.',
      ],
      [['She never let', 'Asmae El Moudir', 'direct']],
    ],
    // negatives: no full name before; a body with no title keeps its name
    [
      ['“She never let anyone take a photograph,” El Moudir said.'],
      [['She never let', 'El Moudir', 'direct']],
    ],
    [
      ['“We will decide in June,” the ECOWAS Commission said.'],
      [['We will decide', 'ECOWAS Commission', 'direct']],
    ],
  ])('%j', check);
});

describe('pronouns: descriptions, place-first introductions, a pause before the quote', () => {
  test.each<[string[], Rows]>([
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
    [
      ['In Gaza City, nurse Amal Hassan treats the wounded in a tent.', '“We have no morphine,” she said.'],
      [['We have no morphine', 'Amal Hassan', 'direct']],
    ],
    [
      [
        'In the camp at Adré, on the border with Chad, Khadija Musa, who walked for six days, sits in the shade.',
        '“They burned our houses,” she said.',
      ],
      [['They burned our houses', 'Khadija Musa', 'direct']],
    ],
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
    // negatives: a description that fits nobody, an indefinite one, a body before the full stop
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
    [['The army withdrew overnight. “Never again, never again.”'], [['Never again', null, 'direct']]],
    [
      ['In the camp at Adré, which opened in May, supplies are low.', '“We need water,” she said.'],
      [['We need water', null, 'direct']],
    ],
  ])('%j', (paras, rows) => check(paras, rows, world));
  test.each([
    ['In the camp, Khadija Musa, who walked for days, sits alone.', ['Khadija Musa']],
    // negatives: a place before "which", a place after a preposition before "who"
    ['In Port Sudan, which is calm, prices rose.', []],
    ['Refugees in North Darfur, who fled, are hungry.', []],
  ])('%s', (text, names) => {
    expect(findNameIntros(text, () => false).map((x) => x.name)).toEqual(names);
  });
});

describe('ministries and bodies speaking through other verbs', () => {
  test.each<[string[], Rows]>([
    [
      ['China’s foreign ministry on Monday urged the United States to “stop arming Taiwan” after the sale.'],
      [['stop arming Taiwan', 'china', 'direct']],
    ],
    [
      [
        'Taiwan’s defence ministry thanked Washington, saying in a statement that the weapons would “help maintain peace”.',
      ],
      [['help maintain peace', 'taiwan', 'direct']],
    ],
    [
      [
        'Oxfam, the British charity, went further. It accused Israel of using starvation “as a weapon of war”.',
      ],
      [['as a weapon of war', 'Oxfam', 'direct']],
    ],
    // negatives: a passive or adjectival use names no speaker
    [['He was accused of “treachery” by the state media.'], [['treachery', null, 'scare']]],
    [['The ships sailed on, saying nothing.'], []],
  ])('%j', (paras, rows) => check(paras, rows, world));
});

describe('quotes from unnamed groups are direct, with no speaker', () => {
  test.each<[string[], Rows]>([
    [
      ['Nurses have accused the government of ‘playing games’ with their pay.'],
      [['playing games', null, 'direct']],
    ],
    [['In Niamey, thousands rallied. “France out!” chanted the crowd.'], [['France out', null, 'direct']]],
    [['“Free them now!” protesters shouted outside the court.'], [['Free them now', null, 'direct']]],
    // negatives: scare quotes stay scare
    [['The so-called ‘energy terror’ campaign goes on.'], [['energy terror', null, 'scare']]],
    [['The crowd waved banners reading “Peace”.'], [['Peace', null, 'scare']]],
  ])('%j', check);
});
