/**
 * stages/resolution.ts: each cue's subject resolved in reading order; a pronoun or description speaker is a
 * coreference mention, and "adding that" continues the cue before it.
 */
import { describe, expect, test } from 'vitest';
import { type ReportedCase, reportedRows, run } from '../helpers.ts';

describe('resolution stage: a pronoun speaker counts as mentioned in its paragraph', () => {
  test('coreference: a pronoun speaker counts as mentioned in its paragraph', () => {
    const a = run([
      'Laila Mansour, an Egyptian negotiator, spoke first.',
      '“We are ready to sign,” she said.',
    ]);
    expect(a.mentions[1]!.actors).toContain('laila-mansour');
    expect(a.spans.some((s) => s.via === 'coreference' && s.surface === 'she')).toBe(true);
  });
});

describe('resolution stage: "adding that" continues the speaker of the cue before it', () => {
  test.each<ReportedCase>([
    [
      'adding that continues the speaker',
      ['Ethiopia will keep filling the dam, says Alemu, adding that Sudan had been consulted.'],
      [
        ['tesfaye-alemu', 1, 'Ethiopia will keep filling the dam'],
        ['tesfaye-alemu', 1, 'Sudan had been consulted'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(reportedRows(paragraphs)).toEqual(expected);
  });
});
