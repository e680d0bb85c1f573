/** Speaker patterns of this round: honorific + surname, interrupted subjects, colon intros, organisations, follow-ups, characterisations. */
import { describe, expect, test } from 'vitest';
import { findNameIntros } from '../../src/analysis/intros.ts';
import { trailingName } from '../../src/analysis/names.ts';
import { quoteRows, run } from './helpers.ts';

type Case = [string[], [string, string | null][]];
const speakers = (paras: string[]) => quoteRows(run(paras)).map(([t, s]) => [t, s]);
const check = (paras: string[], rows: [string, string | null][]) => {
  const got = speakers(paras);
  expect(got.map(([t]) => t)).toEqual(rows.map(([t]) => expect.stringContaining(t)));
  expect(got.map(([, s]) => s)).toEqual(rows.map(([, s]) => s));
};

describe('trailing names with joined particles and possessives', () => {
  test.each([
    ['Bashar al-Assad', 'Bashar al-Assad'],
    ['Syria’s Bashar al-Assad', 'Bashar al-Assad'],
    ['a group calling itself Sawt al-Haqq', 'Sawt al-Haqq'],
    ['Economist Clara Weber', 'Clara Weber'],
    // negatives
    ['the al-Aqsa', null],
    ['the old man', null],
  ])('%s -> %s', (text, name) => {
    expect(trailingName(text)?.name ?? null).toBe(name);
  });
});

describe('an honorific + surname joins the full name written before it', () => {
  test.each<Case>([
    [
      [
        'Finance Minister Karl Brenner defended the plan. “We cannot spend what we do not have,” Mr Brenner said.',
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
  ])('%j', check);
});

describe('a subject separated from its verb by a relative clause or an adverb', () => {
  test.each<Case>([
    [
      ['Tariq Mahmoud, who drives a taxi in Amman, said business had collapsed. “Nobody travels,” he said.'],
      [['Nobody travels', 'Tariq Mahmoud']],
    ],
    [
      ['Marco Bellini, whose family farms near Verona, said the drought was “the worst in memory”.'],
      [['the worst in memory', 'Marco Bellini']],
    ],
    [
      ['Syria’s Bashar al-Assad, meanwhile, said the West “has learned nothing”.'],
      [['has learned nothing', 'Bashar al-Assad']],
    ],
    [['Laila Mansour, however, told reporters the deal was “dead”.'], [['dead', 'laila-mansour']]],
    [
      ['Lucia Ferrante, for her part, said: “We have heard this before.”'],
      [['We have heard', 'Lucia Ferrante']],
    ],
    // negatives: a relative clause without a name before it, an adverb after a common noun
    [
      ['Those who fled, many of them children, said they were “hungry and afraid”.'],
      [['hungry and afraid', null]],
    ],
    [['The old farmer, meanwhile, said the rain was “too late”.'], [['too late', null]]],
  ])('%j', check);
});

describe('a colon after a non-speech predicate introduces the subject’s quote', () => {
  test.each<Case>([
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
  ])('%j', check);
});

describe('a sentence-initial name before a verb introduces a person', () => {
  test.each([
    ['Anna Kowalska was more hopeful.', ['Anna Kowalska']],
    ['He left. Mariana Silva has fished here for years.', ['Mariana Silva']],
    // negatives: a place, an organisation, not at a sentence start
    ['North Korea was silent.', []],
    ['Human Rights Watch was first to respond.', []],
    ['In Gaza City was a queue.', []],
  ])('%s', (text, names) => {
    expect(findNameIntros(text, () => false).map((x) => x.name)).toEqual(names);
  });
});

describe('organisations as speakers', () => {
  test.each<Case>([
    [
      [
        'The Institute for the Study of War, a Washington-based think tank, said Russia was “trading lives for metres”.',
      ],
      [['trading lives', 'Institute for the Study of War']],
    ],
    [['The IDF said it had targeted “a command centre” inside the compound.'], [['a command centre', 'IDF']]],
    [
      ['Doctors Without Borders reported a surge in cases. “Our teams cannot keep up,” the aid group said.'],
      [['Our teams cannot keep up', 'Doctors Without Borders']],
    ],
    [
      [
        'Médecins Sans Frontières said its teams were stretched. “We are overwhelmed,” the medical charity said.',
      ],
      [['We are overwhelmed', 'Médecins Sans Frontières']],
    ],
    // an unrecognised group: "it said" does not jump to a state named before
    [
      [
        'Egypt denied the claims. A little-known group calling itself Sawt al-Haqq said it had carried out the attack. “More will follow,” it said.',
      ],
      [['More will follow', 'Sawt al-Haqq']],
    ],
    [
      [
        'Egypt denied the claims. Some people online said the attack was staged. “More will follow,” it said.',
      ],
      [['More will follow', null]],
    ],
    // "it" after a body that spoke about another body is the speaker, not the body talked about
    [
      [
        'The Peace Research Institute, a think tank, said Egypt was “running out of time”.',
        '“Make no mistake,” it said.',
      ],
      [
        ['running out of time', 'Peace Research Institute'],
        ['Make no mistake', 'Peace Research Institute'],
      ],
    ],
    [
      ['Egypt spoke first. The Pentagon declined to give details. “We are aware,” it said.'],
      [['We are aware', 'Pentagon']],
    ],
  ])('%j', check);
});

describe('short follow-up quotes continue the speaker', () => {
  test.each<[string[], [string, string | null, string][]]>([
    [
      ['“It will pass,” Laila Mansour said. “It always does.”'],
      [
        ['It will pass,', 'laila-mansour', 'direct'],
        ['It always does.', 'laila-mansour', 'direct'],
      ],
    ],
    [
      ['“I am tired,” said Ivan Petrenko. “Very tired.”'],
      [
        ['I am tired,', 'Ivan Petrenko', 'direct'],
        ['Very tired.', 'Ivan Petrenko', 'direct'],
      ],
    ],
    [
      ['“We do not comment,” Mansour said. “Never.”'],
      [
        ['We do not comment,', 'laila-mansour', 'direct'],
        ['Never.', 'laila-mansour', 'direct'],
      ],
    ],
    // negatives: not a full sentence, or no speaker before
    [
      ['“We do not comment,” Mansour said. Critics called it “business as usual”.'],
      [
        ['We do not comment,', 'laila-mansour', 'direct'],
        ['business as usual', null, 'direct'],
      ],
    ],
    [
      ['The so-called “water war” goes on. “Never again.”'],
      [
        ['water war', null, 'scare'],
        ['Never again.', null, 'scare'],
      ],
    ],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras))).toEqual(rows);
  });
});

describe('characterisations by a named subject are direct quotes', () => {
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
});
