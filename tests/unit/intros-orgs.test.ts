import { describe, expect, test } from 'vitest';
import { findNameIntros } from '../../src/analysis/intros.ts';
import { findOrgs, isOrgName } from '../../src/analysis/orgs.ts';
import { quoteRows, run } from './helpers.ts';

const none = () => false;

describe('names introduced by a title, a job word, a list or an age', () => {
  test.each([
    ['At the site, engineer Dawit Bekele showed us round.', ['Dawit Bekele']],
    ['Egypt’s Foreign Minister Sameh Shoukry arrived.', ['Sameh Shoukry']],
    ['German Chancellor Olaf Scholz was quick to reply.', ['Olaf Scholz']],
    ['said Lt Col Peter Lerner, a spokesman.', ['Peter Lerner']],
    ['Both Amal Osman and Yusuf Idris have worked there.', ['Amal Osman', 'Yusuf Idris']],
    [
      'Two residents, Hana Saleh, Musa Barakat and Ali Nour, stayed.',
      ['Hana Saleh', 'Musa Barakat', 'Ali Nour'],
    ],
    ['Halyna Shevchuk, 74, lives alone.', ['Halyna Shevchuk']],
    ['President Bashar al-Assad spoke.', ['Bashar al-Assad']],
    // negatives
    ['Troops entered North Darfur and South Kordofan overnight.', []],
    ['The Red Cross and Amnesty International issued a statement.', []],
    ['Dr Marie Dubois, Sciences Po, said so.', ['Marie Dubois']],
    ['engineer Bekele showed us round.', []],
    ['The talks took place on Monday, 12 May.', []],
  ])('%s', (text, names) => {
    expect(findNameIntros(text, none).map((x) => x.name)).toEqual(names);
  });
});

describe('organisations without org words', () => {
  test.each([
    ['The Pentagon said it was monitoring.', ['Pentagon']],
    ['“Yes,” Reuters reported.', ['Reuters']],
    ['The IDF said it had struck.', ['IDF']],
    ['The Institute for the Study of War, a think tank, said so.', ['Institute for the Study of War']],
    ['Médecins Sans Frontières said its teams were there.', ['Médecins Sans Frontières']],
    // negatives: names used as modifiers, places, people
    ['They reached the Rafah crossing at noon.', []],
    ['the French government said', []],
    ['They fled along the Gaza Strip.', []],
    ['Amina Yusuf said she was tired.', []],
  ])('%s', (text, names) => {
    expect(findOrgs(text, none).map((x) => x.name)).toEqual(names);
  });

  test.each([
    ['Reuters', true],
    ['AFP', true],
    ['the Pentagon', true],
    ['Human Rights Watch', true],
    ['Dawit Bekele', false],
    ['Ross', false],
    ['II', false],
  ])('isOrgName(%s) = %s', (name, expected) => {
    expect(isOrgName(name)).toBe(expected);
  });
});

describe('attribution with the new intros and organisations', () => {
  test.each([
    [
      [
        'At the dam, engineer Dawit Bekele showed visitors round.',
        '“Four are running,” Bekele said. He added: “More will follow.”',
      ],
      [
        ['Four are running,', 'Dawit Bekele'],
        ['More will follow.', 'Dawit Bekele'],
      ],
    ],
    [['Both Amal Osman and Yusuf Idris work there. “We will stay,” they said.'], [['We will stay,', null]]],
    [['Amal Osman and Yusuf Idris work there.', '“We stay,” Idris said.'], [['We stay,', 'Yusuf Idris']]],
    [['“The convoy was hit,” Reuters reported.'], [['The convoy was hit,', 'Reuters']]],
    [
      ['Ethiopia spoke first. The Pentagon declined to give details. “We are aware,” it said.'],
      [['We are aware,', 'Pentagon']],
    ],
    [
      ['Egypt replied within hours.', 'The ministry said: “We respect our commitments.”'],
      [['We respect our commitments.', 'egypt']],
    ],
    [['One resident told Reuters: “We were told to leave.”'], [['We were told to leave.', null]]],
  ])('%j', (paras, rows) => {
    expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
  });

  test('an organisation speaker is marked as one, and not listed as a person', () => {
    const a = run(['“The convoy was hit,” Reuters reported.']);
    expect(a.quotes[0]!.speaker.kind).toBe('organisation');
    expect(a.unregistered).toEqual([{ name: 'Reuters', kind: 'organisation', paragraphs: [1] }]);
  });

  test('a gender guessed from an earlier pronoun does not override a later, better fit', () => {
    const a = run([
      'Sam Dara and Alex Kim spoke.',
      '“First,” Kim said. “Yes,” she said.',
      '“Second,” Dara said. “No,” he said.',
      '“Third,” she said.',
    ]);
    expect(quoteRows(a).map((r) => r[1])).toEqual([
      'Alex Kim',
      'Alex Kim',
      'Sam Dara',
      'Sam Dara',
      'Alex Kim',
    ]);
  });
});

describe('a bare surname takes the full name written earlier', () => {
  test.each([
    [['Mariam Khalil runs a shelter.', '“We are full,” Khalil said.'], 'Mariam Khalil'],
    [['Mariam Khalil runs a shelter. “We are full,” Khalil said.'], 'Mariam Khalil'],
    // negatives: no full name before, or only an organisation ending in the word
    [['“We are full,” Khalil said.'], 'Khalil'],
    [['The Khalil Foundation runs a shelter.', '“We are full,” Foundation said.'], 'Foundation'],
  ])('%j', (paras, speaker) => {
    expect(quoteRows(run(paras))[0]![1]).toBe(speaker);
  });
});
