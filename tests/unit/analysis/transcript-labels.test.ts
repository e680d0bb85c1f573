/** transcript-labels.ts: a transcript's turns printed as quotes, each opened by its speaker's label. */
import { describe, expect, test } from 'vitest';
import { labelName, lowerCaseWords, turnLabel } from '../../../src/analysis/transcript-labels.ts';
import { type AttributionCase, expectAttribution } from './helpers.ts';

describe('turnLabel', () => {
  const article = ['The mayor was asked about a video of the port at night.'];
  test.each<[string, string | null]>([
    ['“ROE: We cannot keep the port open.', 'ROE'],
    ['"KATE LAMBERT: Will you open it again?', 'KATE LAMBERT'],
    ['"Ann Roe: Fine, we will meet again.', 'Ann Roe'],
    ['"Mr. Ortiz: Not before the budget passes.', 'Mr. Ortiz'],
    ['“SEN. ROE: Not before the budget passes.', 'SEN. ROE'],
    ['  “ROE:  Two spaces after the colon.', 'ROE'],
    // a kicker, a word the article writes in lower case, a sentence before a colon, a mark not opening the
    // paragraph, nothing after the colon: no label
    ['"UPDATE: The port reopened.', null],
    ['"VIDEO: The port at night.', null],
    ['“There is only one answer: more staff.', null],
    ['“Note to the board: we need staff.', null],
    ['Asked again, “ROE: no.', null],
    ['“ROE:', null],
    ['“Q: Did you close the port?', null],
  ])('%s -> %s', (text, label) => {
    const open = text.search(/[“"]/);
    const found = turnLabel(text, open, lowerCaseWords([...article, text]));
    expect(found ? text.slice(found.start, found.end) : null).toBe(label);
  });

  test('the quoted words start after the label', () => {
    const text = '“ROE: We cannot.';
    const found = turnLabel(text, 0, () => false)!;
    expect(text.slice(found.words)).toBe('We cannot.');
  });
});

describe('labelName', () => {
  test.each([
    ['ROE', 'Roe'],
    ['KATE LAMBERT', 'Kate Lambert'],
    ['O’NEILL-DIAZ', 'O’Neill-Diaz'],
    ['Ann Roe', 'Ann Roe'],
    ['SEN. KATE LAMBERT', 'Kate Lambert'],
    ['Mr. Ortiz', 'Ortiz'],
  ])('%s -> %s', (label, name) => expect(labelName(label).text).toBe(name));

  test('the name’s offsets leave the titles out', () => {
    expect(labelName('SEN. KATE LAMBERT', 10)).toEqual({ start: 15, end: 27, text: 'Kate Lambert' });
  });
});

describe('a transcript turn printed as a quote is its label’s, not the previous speaker continuing', () => {
  test.each<AttributionCase>([
    [
      'turns in capitals after people named in the text',
      [
        'The harbour board heard Mayor Ann Roe and the port director, Ben Ortiz, on Monday.',
        'A partial transcript follows:',
        '"ROE: We cannot keep the port open at night without more staff, and the budget has nothing.',
        '"ORTIZ: The budget has room. We found the money in the dredging line.”',
        '"ROE: Then show me the figures.',
      ],
      [
        ['We cannot keep the port open', 'Ann Roe'],
        ['The budget has room', 'Ben Ortiz'],
        ['Then show me the figures', 'Ann Roe'],
      ],
    ],
    [
      'a label of someone the text never introduced',
      [
        '“The port stays shut at night,” Ann Roe said on Monday.',
        '"LAMBERT: Will you open it again in the spring?',
        '"ROE: Not before the budget is passed.',
      ],
      [
        ['The port stays shut at night', 'Ann Roe'],
        ['Will you open it again', 'Lambert'],
        ['Not before the budget', 'Ann Roe'],
      ],
    ],
    [
      'a full name as the label',
      [
        '“The port stays shut at night,” Ann Roe said on Monday.',
        '"Kate Lambert: Will you open it again in the spring?"',
      ],
      [
        ['The port stays shut at night', 'Ann Roe'],
        ['Will you open it again', 'Kate Lambert'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test('a kicker in capitals is no speaker: the quote runs on as before', () => {
    expectAttribution(
      [
        '“The port stays shut at night,” Ann Roe said on Monday.',
        '“UPDATE: The board will meet again in a month to look at the budget.”',
      ],
      [
        ['The port stays shut at night', 'Ann Roe'],
        ['UPDATE: The board will meet again', 'Ann Roe'],
      ],
    );
  });
});
