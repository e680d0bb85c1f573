/**
 * stages/cues.ts: the speech cues of each paragraph, read with quoted words masked, each with its subject.
 */
import { describe, expect, test } from 'vitest';
import { stagesOf } from './run.ts';

const cuesOf = (...texts: string[]) =>
  stagesOf(texts).cued.cues.map((cs) => cs.map((c) => [c.kind, c.verb, c.subject?.text ?? null]));

describe('cues stage: one list of cues per paragraph, quotes masked', () => {
  test('a verb inside a quote is no cue; the attribution outside is', () => {
    expect(cuesOf('“He said no,” Ada Byrne told reporters.')).toEqual([
      [['verb-after-subject', 'told', 'Ada Byrne']],
    ]);
  });

  test.each([
    ['“We will wait,” said Ada Byrne, a trade analyst.', ['verb-before-subject', 'said', 'Ada Byrne']],
    ['According to Ada Byrne, the talks failed.', ['according-to', 'according to', 'Ada Byrne']],
    ['Ada Byrne described the plan as “reckless”.', ['described-as', 'described', 'Ada Byrne']],
    ['Ada Byrne was blunt: “No.”', ['colon', 'was blunt', 'Ada Byrne']],
  ])('%s', (text, cue) => {
    expect(cuesOf(text)[0]).toContainEqual(cue);
  });
});

describe('cues stage: a verb after "and" or "but" shares its sentence’s subject', () => {
  test.each([
    'Dana Holt was quick to praise the deal after the vote and said that it would hold.',
    'Dana Holt left the room but told reporters that the vote would hold.',
  ])('%s', (text) => {
    expect(cuesOf(text)[0]!.map((c) => c[2])).toContain('Dana Holt');
  });

  test('a verb after "and" with no finite verb before it has no subject to share', () => {
    expect(cuesOf('Rain and said things.')[0]).toEqual([]);
  });
});

describe('cues stage: characterisations', () => {
  test.each([
    ['Dana Holt called that report on Friday a “boldfaced lie”.', 'called'],
    ['Dana Holt described Ada Byrne as “reckless”.', 'described'],
    ['Dana Holt referred to her as “the architect”.', 'referred to'],
  ])('%s', (text, verb) => {
    expect(cuesOf(text)[0]).toContainEqual(['described-as', verb, 'Dana Holt']);
  });

  test('a participle after a comma characterises for the sentence’s subject', () => {
    expect(cuesOf('Dana Holt dismissed the loans, calling it a “paperwork error”.')[0]).toContainEqual([
      'described-as',
      'calling',
      'Dana Holt',
    ]);
  });
});
