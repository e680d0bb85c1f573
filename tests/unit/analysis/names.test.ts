/** names.ts: the person name a phrase ends with, titles, post-nominal letters and places split off. */
import { describe, expect, test } from 'vitest';
import { stripLeadingTitles, trailingName } from '../../../src/analysis/names.ts';
import {
  type AttributionCase,
  expectAttribution,
  namedRegistry,
  type QuoteCase,
  quotesIn,
} from './helpers.ts';

const civic = namedRegistry('civic');
const society = namedRegistry('society');

describe('names: the name a phrase ends with, with joined particles and possessives', () => {
  test.each([
    ['Bashar al-Assad', 'Bashar al-Assad'],
    ['Syria’s Bashar al-Assad', 'Bashar al-Assad'],
    ['a group calling itself Sawt al-Haqq', 'Sawt al-Haqq'],
    ['Economist Clara Weber', 'Clara Weber'],
    // a title word that is also a surname, a month that is also a first name
    ['Amy Pope', 'Amy Pope'],
    ['Former Arizona governor Jan Brewer', 'Jan Brewer'],
    ['April Ryan', 'April Ryan'],
    // a month that is also a surname closes a name after a first name
    ['Lena May', 'Lena May'],
    ['in May', null],
    ['Friday May', null],
    ['April May', null],
    ['Pope Francis', 'Francis'],
    ['the Pope', null],
    // a title word that is also a surname, alone with no name after it, is the surname
    ['Baron', 'Baron'],
    ['Ann Baron', 'Ann Baron'],
    ['the Baron', null],
    ['Baron Hale', 'Baron Hale'],
    ['Foreign Minister', null],
    ['in April', null],
    // a job word inside a long capitalised chain ends the description before the name
    ['Dover County Recorder Ann Roe', 'Ann Roe'],
    ['Dover Growers Guild Secretary-Treasurer Tom Kell', 'Tom Kell'],
    ['Dover Farmers Market Association', 'Dover Farmers Market Association'],
    // negatives
    ['the al-Aqsa', null],
    ['the old man', null],
    // a sentence adverb opening a sentence is no name
    ['Likewise', null],
    ['Hastily', null],
  ])('%s -> %s', (text, name) => {
    expect(trailingName(text)?.name ?? null).toBe(name);
  });
});

describe('names: post-nominal letters are dropped, a peer keeps the title', () => {
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

  test.each<QuoteCase>([
    [['“We will not move,” said Baron.'], [['We will not move', 'Baron', 'direct']]],
    [['Her lawyer, Tom Greer KC, said her client was “relieved”.'], [['relieved', 'Tom Greer', 'direct']]],
    [['“The sentence is fair,” said Ruth Amos QC.'], [['The sentence is fair', 'Ruth Amos', 'direct']]],
    [
      ['In a short ruling, Lord Hart, the judge, wrote that the law was “clear”.'],
      [['clear', 'Lord Hart', 'direct']],
    ],
  ])('%j', quotesIn(civic));
});

describe('names: a capitalised word after a place preposition is a place, not a speaker', () => {
  test.each([
    ['One A&E consultant in Leeds', null],
    ['won the documentary prize at Cannes', null],
    ['sailing around the Cape', null],
    ['a lawyer from Lyon', null],
    // what a title is "of" is a place or a body, not the speaker's name
    ['the Mayor of Leeds', null],
    ['the Archbishop of Canterbury', null],
    // negatives: titles and names not after a preposition
    ['Secretary of State John Kerry', 'John Kerry'],
    ['Chief of Staff Reince Priebus', 'Reince Priebus'],
    ['consultant Amy Leeds', 'Amy Leeds'],
    ['Prime Minister Keir Starmer', 'Keir Starmer'],
    ['talks with Keir Starmer', 'Keir Starmer'],
  ])('%s -> %s', (text, name) => {
    expect(trailingName(text)?.name ?? null).toBe(name);
  });

  test.each<QuoteCase>([
    [
      [
        'One A&E consultant in Leeds, who asked not to be named, said the situation was ' +
          '‘the worst I have seen in 20 years’.',
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
  ])('%j', quotesIn());
});

describe('names: titles and job words before a name are not part of it', () => {
  test.each([
    ['Dr Naomi Fisher', 'Naomi Fisher'],
    ['Nurse Grace Mensah', 'Grace Mensah'],
    ['Professor Alan Reid', 'Alan Reid'],
    // negatives: two words stay (an honorific with a surname can still join a full name); a peer keeps the
    // title
    ['Dr Fisher', 'Dr Fisher'],
    ['Lord Alan Reid', 'Lord Alan Reid'],
    ['Grace Mensah', 'Grace Mensah'],
  ])('%s -> %s', (name, want) => {
    expect(stripLeadingTitles(name)).toBe(want);
  });

  test.each<QuoteCase>([
    // police and parliamentary titles are not part of the name
    [
      [
        '“This is a criminal attack,” Constable Sarah Vance, a spokesperson for the city police, ' +
          'told reporters.',
      ],
      [['This is a criminal attack', 'Sarah Vance', 'direct']],
    ],
    // a local office, a chamber's leader: the place and the office before the name are not part of it
    [
      ['“The footage shows intent,” Dale County Sheriff Tom Marsh said at a briefing.'],
      [['The footage shows intent', 'Tom Marsh', 'direct']],
    ],
    [
      ['“We are ready to vote,” Senate Minority Leader Ada Pike said.'],
      [['We are ready to vote', 'Ada Pike', 'direct']],
    ],
    [
      ['“The rules are clear,” said City Public Advocate Rosa Fenn.'],
      [['The rules are clear', 'Rosa Fenn', 'direct']],
    ],
  ])('%j', quotesIn(society));

  test.each<AttributionCase>([
    [
      'title split from the name',
      ['“We will wait,” Foreign Minister Omar Said Farouk said.'],
      [['We will wait', 'Omar Said Farouk']],
    ],
    [
      'sentence-initial capital is not a name',
      ['However, “the dam will fill this year”, Alemu said.'],
      [['the dam will fill', 'tesfaye-alemu']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));
});

describe('names: a title word inside a body’s name is part of the name', () => {
  test.each<QuoteCase>([
    // (and a capitalised common noun opening the sentence before is not a person: see colon-cues)
    [
      [
        'Landlord groups blamed taxes. “Small landlords are selling up,” said the National Housing ' +
          'Providers Association.',
      ],
      [['Small landlords are selling up', 'National Housing Providers Association', 'direct']],
    ],
  ])('%j', quotesIn(society));
});
