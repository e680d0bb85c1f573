/** sign-off.ts: a paragraph that only names who said the quote above it. */
import { describe, expect, test } from 'vitest';
import { signOffName } from '../../../src/analysis/sign-off.ts';
import { type AttributionCase, expectAttribution } from './helpers.ts';

describe('signOffName', () => {
  test.each<[string, string | null]>([
    ['— Ann Roe.', 'Ann Roe'],
    ['- Ann Roe', 'Ann Roe'],
    ['— Ann Roe, harbour master.', 'Ann Roe'],
    ['Ben Ortiz, Harbour Policy Institute.', 'Ben Ortiz'],
    // a subheading, a sentence, a clause after the name, a quote: no sign-off
    ['Ben Ortiz', null],
    ['REGIONAL WORRIES', null],
    ['Ben Ortiz left the hall.', null],
    ['Ben Ortiz, who chairs the board.', null],
    ['— Ann Roe said “no”.', null],
    // a title-case subheading with a possessive is no name
    ['Dockers’ Cold, Hard Winter', null],
  ])('%s -> %s', (text, name) => {
    const found = signOffName(text);
    expect(found ? text.slice(found.start, found.end) : null).toBe(name);
  });

  // under a quote left open, the line may close it: then a name alone signs it off
  test.each<[string, string | null]>([
    ['Ann Roe.”', 'Ann Roe'],
    ['Ann Roe."', 'Ann Roe'],
    ['Ben Ortiz, Harbour Policy Institute.”', 'Ben Ortiz'],
    ['— Ann Roe.”', 'Ann Roe'],
    ['Ben Ortiz left the hall.”', null],
    ['REGIONAL WORRIES”', null],
  ])('closing a quote left open: %s -> %s', (text, name) => {
    const found = signOffName(text, true);
    expect(found ? text.slice(found.start, found.end) : null).toBe(name);
  });

  test('a closing mark on a line under a closed quote is no sign-off', () => {
    expect(signOffName('Ann Roe.”')).toBeNull();
  });
});

describe('a quote signed off below is not the previous speaker continuing', () => {
  test.each<AttributionCase>([
    [
      'a sign-off with a description, after another speaker',
      [
        '“The quay walls will hold,” Tom Hale said.',
        '“We are going into winter without a plan for the quay walls.”',
        'Ben Ortiz, Harbour Policy Institute.',
      ],
      [
        ['The quay walls will hold', 'Tom Hale'],
        ['We are going into winter', 'Ben Ortiz'],
      ],
    ],
    [
      'a dash sign-off',
      [
        '“The quay walls will hold,” Tom Hale said.',
        '“I will look into it. I do not know the status.”',
        '— Ann Roe.',
      ],
      [
        ['The quay walls will hold', 'Tom Hale'],
        ['I will look into it', 'Ann Roe'],
      ],
    ],
    [
      'a quote left open, closed by the line naming its speaker',
      [
        '“The quay walls will hold,” Tom Hale said.',
        '"We are going into winter without a plan for the quay walls, and nobody will say so.',
        'Ann Roe."',
      ],
      [
        ['The quay walls will hold', 'Tom Hale'],
        ['We are going into winter', 'Ann Roe'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test('a quote left open above a sentence is still the previous speaker’s', () => {
    expectAttribution(
      [
        '“The quay walls will hold,” Tom Hale said.',
        '"We are going into winter without a plan for the quay walls, and nobody will say so.',
        'Ann Roe left the hall."',
      ],
      [
        ['The quay walls will hold', 'Tom Hale'],
        ['We are going into winter', 'Tom Hale'],
      ],
    );
  });
});
