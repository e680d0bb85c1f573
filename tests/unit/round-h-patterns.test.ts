/** Patterns from the set-h misses: titles in names, manner verbs, possessive appositives, pronoun subjects, works' titles. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findNameIntros, findPersonIntros, isPersonAppositive, stripLeadingTitles } from '../../src/analysis/people.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import { projectRoot, quoteRows, run } from './helpers.ts';

const society = loadRegistry(path.join(projectRoot, 'tests/fixtures/registry/society'));
type Rows = [string, string | null, string][];
const check = (paras: string[], rows: Rows) => {
  const got = quoteRows(run(paras, society));
  expect(got.map(([t, s, k]) => [t, s, k])).toEqual(rows.map(([t, s, k]) => [expect.stringContaining(t), s, k]));
};

describe('titles and job words are not part of a name', () => {
  test.each([
    ['Dr Naomi Fisher', 'Naomi Fisher'],
    ['Nurse Grace Mensah', 'Grace Mensah'],
    ['Professor Alan Reid', 'Alan Reid'],
    // negatives: two words stay (an honorific with a surname can still join a full name); a peer keeps the title
    ['Dr Fisher', 'Dr Fisher'],
    ['Lord Alan Reid', 'Lord Alan Reid'],
    ['Grace Mensah', 'Grace Mensah'],
  ])('%s -> %s', (name, want) => {
    expect(stripLeadingTitles(name)).toBe(want);
  });

  test.each([
    ['Its branch secretary, Dr Paul Hines, said so.', 'Paul Hines'],
    ['Nurse Amy Cole has worked nights for years.', 'Amy Cole'],
    ['Commuter Leo Barr was furious.', 'Leo Barr'],
  ])('%s introduces %s', (text, name) => {
    const got = [...findPersonIntros(text, () => false), ...findNameIntros(text, () => false)].map((x) => x.name);
    expect(got).toContain(name);
    expect(got.some((n) => /^(Dr|Nurse|Commuter)\s/.test(n))).toBe(false);
  });

  test.each([
    // a work's title set off by commas after a description is not a person
    ['Her best-known novel, The Quiet Harbour, sold well.'],
    ['His last film, The Long Road North, opens today.'],
  ])('%s introduces nobody', (text) => {
    expect(findPersonIntros(text, () => false)).toEqual([]);
  });

  test.each<[string[], Rows]>([
    [['Staff walked out on Monday. Their union rep, Dr Paul Hines, said: “We had no choice.”'], [['We had no choice', 'Paul Hines', 'direct']]],
    [['Nurse Amy Cole has worked nights for six years. “You stop noticing the clock,” she laughs.'], [['You stop noticing the clock', 'Amy Cole', 'direct']]],
    [['Her debut, The Salt Road, was a hit. “I wrote it in a month,” she said.'], [['I wrote it in a month', null, 'direct']]],
    // negative: a registered speaker named before a work's title keeps the pronoun
    [['Nadia Okafor praised the book.', 'Her favourite, The Salt Road, was a gift. “I read it twice,” she said.'], [['I read it twice', 'nadia-okafor', 'direct']]],
  ])('%j', check);
});

describe('manner verbs introduce quotes', () => {
  test.each<[string[], Rows]>([
    [['Tom Vance runs the cafe. “Nobody comes in before ten,” he laughed.'], [['Nobody comes in before ten', 'Tom Vance', 'direct']]],
    [['“I might retire one day,” joked Tom Vance, who is 91.'], [['I might retire one day', 'Tom Vance', 'direct']]],
    [['Tom Vance sighed. “Again?” he sighed.'], [['Again?', 'Tom Vance', 'direct']]],
    [['“Not bad for a Tuesday,” quipped Ella Ross.'], [['Not bad for a Tuesday', 'Ella Ross', 'direct']]],
    // negative: laughing off a question names no reported clause and no speaker for a later quote
    [['The crowd laughed. “Go home,” someone shouted.'], [['Go home', null, 'direct']]],
  ])('%j', check);
});

describe('possessive appositives and subjects that are not noun phrases', () => {
  test.each([
    ['The council’s transport lead', true],
    ['the group’s leader', true],
    // negatives: the head is still a place or body
    ['the city’s main hospital', false],
    ['a hospital in Leeds', false],
  ])('%s is a person appositive: %s', (text, want) => {
    expect(isPersonAppositive(text)).toBe(want);
  });

  test.each<[string[], Rows]>([
    [['The city’s housing chief, Ravi Shah, said the plan was late. “We should have started in 2019,” he said.'], [['We should have started in 2019', 'Ravi Shah', 'direct']]],
    // negative: a comma after a name followed by "said the …" does not make the clause the speaker
    [['Ravi Shah, said the report, had “no answers”.'], [['no answers', null, 'direct']]],
  ])('%j', check);
});
