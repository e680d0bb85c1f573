/** stages/quote-spans.ts: quoted words are masked, so a speech verb inside a quote cues nothing. */
import { describe, expect, test } from 'vitest';
import { type AttributionCase, expectAttribution, type ReportedCase, reportedRows } from '../helpers.ts';

describe('quote spans stage: a verb inside a quote is no cue', () => {
  test.each<AttributionCase>([
    [
      'verb inside the quote is ignored',
      ['“The minister once said that Egypt is a partner. Now it is not,” Mansour said.'],
      [['The minister once said', 'laila-mansour']],
    ],
  ])('%s', (_name, paragraphs, expected) => expectAttribution(paragraphs, expected));

  test.each<ReportedCase>([
    [
      'verbs inside quotes are ignored',
      ['“Ross said that the dam is safe, but nobody believes it,” Mansour said.'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});
