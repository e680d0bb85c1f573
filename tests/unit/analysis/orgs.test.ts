/** orgs.ts: organisation names in running text (org words, well-known bodies, acronyms, "the X"). */
import { describe, expect, test } from 'vitest';
import { acronymFits, findOrgs, isOrgName } from '../../../src/analysis/orgs.ts';
import {
  expectSpeakers,
  namedRegistry,
  type QuoteCase,
  quoteRows,
  quotesIn,
  run,
  type SpeakerCase,
} from './helpers.ts';

const society = namedRegistry('society');
const none = () => false;

describe('orgs: bodies named without an org word, and names that are not bodies', () => {
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

  test.each([[['“The convoy was hit,” Reuters reported.'], [['The convoy was hit,', 'Reuters']]]])(
    '%j',
    (paras, rows) => {
      expect(quoteRows(run(paras)).map(([t, s]) => [t, s])).toEqual(rows);
    },
  );
});

describe('orgs: a capitalised name after a place preposition is a place, not a body', () => {
  test.each([
    ['They sailed around the Cape of Good Hope.', []],
    ['They met at the Institute for Fiscal Studies.', ['Institute for Fiscal Studies']],
    // negative: a body that is the subject
    ['The Cape Town Council said so.', ['Cape Town Council']],
  ])('%s', (text, names) => {
    expect(findOrgs(text, () => false).map((o) => o.name)).toEqual(names);
  });
});

describe('orgs: an acronym stands for the full name whose initials it spells', () => {
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

describe('orgs: organisation speakers, by the whole name, an acronym or a description', () => {
  test.each<QuoteCase>([
    [
      [
        'Shipping giant Maersk said it would keep sailing around the Cape of Good Hope. ' +
          '“The safety of our crews comes first,” the company said.',
      ],
      [['The safety', 'Maersk', 'direct']],
    ],
    [
      ['Save the Children said in a statement that the figure was “a stain on our conscience”.'],
      [['a stain', 'Save the Children', 'direct']],
    ],
    [
      [
        'The International Committee of the Red Cross said its convoy was hit. ' +
          '“This is unacceptable,” the ICRC said.',
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
        'The International Committee of the Red Cross said its convoy was hit. ' +
          '“We need access,” the UNHCR said.',
      ],
      [['We need access', 'UNHCR', 'direct']],
    ],
    [
      ['The ships sailed around the Cape of Good Hope. “It adds ten days,” the company said.'],
      [['It adds ten days', null, 'direct']],
    ],
  ])('%j', quotesIn());

  test.each<SpeakerCase>([
    [
      [
        'The Institute for the Study of War, a Washington-based think tank, said Russia was ' +
          '“trading lives for metres”.',
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
        'Médecins Sans Frontières said its teams were stretched. “We are overwhelmed,” the medical ' +
          'charity said.',
      ],
      [['We are overwhelmed', 'Médecins Sans Frontières']],
    ],
  ])('%j', expectSpeakers);
});

describe('orgs: what the text says of a name marks a body', () => {
  test.each<QuoteCase>([
    // "the app Kora" marks a body; "the company" is the body that opened the sentence before
    [
      [
        'The regulator has opened an inquiry into the app Kora.',
        'Kora said it would cooperate. “We share the goal of keeping children safe,” the company said.',
      ],
      [['We share the goal', 'Kora', 'direct']],
    ],
  ])('%j', quotesIn(society));
});
