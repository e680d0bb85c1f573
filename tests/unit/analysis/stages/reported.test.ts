/** stages/reported.ts: reported statements of resolved cues, with r- ids and a clause part. */
import { describe, expect, test } from 'vitest';
import { type ReportedCase, reportedRows, run } from '../helpers.ts';

describe('reported stage: a statement for each resolved cue with a clause, none without a speaker', () => {
  test.each<ReportedCase>([
    [
      'unregistered speaker',
      ['Samira Haddad, a hydrologist, said that the river was lower than ever.'],
      [['Samira Haddad', 1, 'the river was lower than ever']],
    ],
    ['no speaker, no entry', ['The two countries said that they would meet again.'], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });

  test('reported entries get r- ids and a clause part', () => {
    const a = run(['Alemu said that the dam would be finished by June.']);
    const r = a.quotes.find((q) => q.kind === 'reported')!;
    expect(r.id).toBe('r-the-dam-would-be');
    expect(a.paragraphs[0]!.text.slice(r.parts[0]!.start, r.parts[0]!.end)).toBe(r.text);
  });
});
