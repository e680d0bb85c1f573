/** person-phrases.ts: phrases that describe people (appositives, job words, unnamed people), not names. */
import { describe, expect, test } from 'vitest';
import {
  canSpeak,
  describesUnnamedSource,
  isPersonAppositive,
  isPluralPronoun,
} from '../../../src/analysis/person-phrases.ts';
import { namedRegistry, run } from './helpers.ts';

describe('person phrases: a possessive description is a person appositive when its head is a person', () => {
  test.each([
    ['The council’s transport lead', true],
    ['the group’s leader', true],
    // the last word is the head: a place or body before it only modifies it
    ['the base chief', true],
    ['a state senator', true],
    // negatives: the head is still a place or body
    ['the city’s main hospital', false],
    ['a hospital in Leeds', false],
    ['the border crossing', false],
  ])('%s is a person appositive: %s', (text, want) => {
    expect(isPersonAppositive(text)).toBe(want);
  });
});

describe('person phrases: a description can speak when its head is a person, group, body or text', () => {
  test.each([
    ['Ann Roe', true],
    ['she', true],
    ['The retired neurosurgeon', true],
    ['his questioners', true],
    ['the mogul', true],
    ['The campaign’s new ad', true],
    ['the statement', true],
    ['The county board', true],
    // documents and films speak for their makers ("The cable indicated …", "The movie shows …")
    ['The cable', true],
    ['The new movie', true],
    // a short person noun or a plural one ("a man", "a delivery guy", "the children")
    ['a man', true],
    ['a delivery guy', true],
    ['the children', true],
    // negatives: things that say nothing
    ['His face', false],
    ['The first incident', false],
    ['Those stances', false],
    ['this week', false],
  ])('%s can speak: %s', (text, want) => {
    expect(canSpeak(text)).toBe(want);
  });

  // a sentence that quotes with no verb of saying: its subject speaks only if it can
  test.each([
    ['The mogul showed “a kind of tired pride” at the end.', 'the mogul'],
    ['His face showed “a kind of tired pride” at the end.', undefined],
  ])('%s -> %s', (sentence, description) => {
    const a = run([`Ann Roe spent the week on the coast. ${sentence}`], namedRegistry('society'));
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.description).toBe(description);
    expect(q.evidence?.link).toBe(description ? 'sentence-subject' : undefined);
  });
});

describe('person phrases: a quantifier alone describes unnamed people; a pronoun does not', () => {
  test.each([
    ['Another', true],
    ['Some', true],
    ['one', true],
    ['several', true],
    ['Others', true],
    ['Someone', true],
    ['everybody', true],
    ['Officials', true],
    // negatives: pronouns, pointing words and names point back or name
    ['they', false],
    ['he', false],
    ['These', false],
    ['No one', false],
    ['Ann Roe', false],
  ])('%s: %s', (text, want) => {
    expect(describesUnnamedSource(text)).toBe(want);
  });

  // campaign jobs lead a description even before a named place: an operative, an insider, a surrogate
  test.each(['One operative inside Kell Tower', 'Two insiders at the Roe Group', 'A surrogate for Ann Roe'])(
    '%s describes an unnamed source',
    (text) => {
      expect(describesUnnamedSource(text)).toBe(true);
    },
  );

  test('"they" and "them" are plural pronouns, "the" and "then" are not', () => {
    expect(['They', 'them', 'the', 'then'].map(isPluralPronoun)).toEqual([true, true, false, false]);
  });

  test('"Some chanted “…”": the quote is theirs, unnamed', () => {
    const a = run(['The fans waited for hours in the rain. Some chanted “bring back the tram!”']);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.description).toBe('some');
  });

  test('"Another wrote “…”": one more of those just named, unnamed', () => {
    const a = run(['Two fans wrote to the club. Another wrote “keep the old stand” on a banner.']);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.description).toBe('another');
  });
});

describe('person phrases: a description that is no noun phrase describes nobody', () => {
  test.each([
    ['the local press', true],
    ['critics', true],
    ['police', true],
    ['history', true],
    ['people who have fought fraud', true],
    ['the memo she wrote', true],
    // negatives: a clause, an auxiliary, a lone verb form
    ['he offered', false],
    ['2009 she has often', false],
    ['came', false],
    ['hacked', false],
    ['flogging', false],
  ])('%s: %s', (text, want) => {
    expect(describesUnnamedSource(text)).toBe(want);
  });

  test('"… than flogging, has said of rebels that “…”": the gerund does not speak', () => {
    const a = run([
      'It is unclear whether voters will like a candidate who has called for harsher steps than flogging, ' +
        'has said of rebels that “we must hit their homes,” and more.',
    ]);
    const q = a.quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.description).not.toBe('flogging');
  });
});
