/** reported-clause.ts: the clause a cue reports, unless it is a characterisation or mostly a direct quote. */
import { describe, expect, test } from 'vitest';
import { type ReportedCase, reportedRows } from './helpers.ts';

describe('reported clause: none for a characterisation or a clause that is mostly a direct quote', () => {
  test.each<ReportedCase>([
    [
      'clause mostly a direct quote is not reported',
      ['Mansour says that after the vote “nothing will ever be the same for the farmers of the delta”.'],
      [],
    ],
    [
      'what he described as is not reported',
      ['Ross pointed to what he described as "a real chance for a deal".'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});
