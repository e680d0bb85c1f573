/**
 * stages/reported.ts: reported statements of resolved cues (or of an unnamed source), with r- ids and one or
 * two clause parts.
 */
import { describe, expect, test } from 'vitest';
import { type ReportedCase, reportedRows, run } from '../helpers.ts';

describe('reported stage: a statement for each cue with a speaker and a clause, none without one', () => {
  test.each<ReportedCase>([
    [
      'unregistered speaker',
      ['Samira Haddad, a hydrologist, said that the river was lower than ever.'],
      [['Samira Haddad', 1, 'the river was lower than ever']],
    ],
    ['no speaker, no entry', ['It was said that they would meet again.'], []],
    [
      'an unresolved "they" speaks, unnamed',
      ['They said that they would meet again.'],
      [[null, 1, 'they would meet again']],
    ],
    [
      'a description is a speaker',
      ['The two countries said that they would meet again.'],
      [[null, 1, 'they would meet again']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });

  test('an unnamed source speaks as its description', () => {
    const a = run(['Some farm officials said the canals would be dredged before the rains.']);
    const r = a.quotes.filter((q) => q.kind === 'reported');
    expect(r.map((q) => [q.speaker.id, q.speaker.name, q.speaker.description, q.text])).toEqual([
      [null, null, 'some farm officials', 'the canals would be dredged before the rains'],
    ]);
    expect(r[0]!.evidence?.mention?.text).toBe('Some farm officials');
    expect(a.unregistered).toEqual([]);
  });

  test('a clause the cue interrupts is one statement in two parts', () => {
    const a = run(['The delta, Alemu said, would flood every spring.']);
    const r = a.quotes.find((q) => q.kind === 'reported')!;
    const p = a.paragraphs[0]!.text;
    expect(r.parts.map((x) => p.slice(x.start, x.end))).toEqual(['The delta', 'would flood every spring']);
    expect(r.text).toBe('The delta would flood every spring');
  });

  test('reported entries get r- ids and a clause part', () => {
    const a = run(['Alemu said that the dam would be finished by June.']);
    const r = a.quotes.find((q) => q.kind === 'reported')!;
    expect(r.id).toBe('r-the-dam-would-be');
    expect(a.paragraphs[0]!.text.slice(r.parts[0]!.start, r.parts[0]!.end)).toBe(r.text);
  });
});
