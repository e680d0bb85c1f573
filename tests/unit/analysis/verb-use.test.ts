/** verb-use.ts: how a verb is used (a sentence's main verb, a speech verb used as an adjective). */
import { describe, expect, test } from 'vitest';
import { mainVerb } from '../../../src/analysis/verb-use.ts';
import { run } from './helpers.ts';

describe('verb use: a participle after a possessive or a determiner is an adjective, not a verb', () => {
  test.each([
    ['Ann Roe, Tom Kell’s fired campaign manager, ripped the board.', 'ripped'],
    ['The embattled chief resigned on Monday.', 'resigned'],
  ])('%s -> %s', (text, verb) => {
    const at = mainVerb(text, 0, text.length);
    expect(at === null ? null : text.slice(at, at + verb.length)).toBe(verb);
  });

  test('"Ann Roe, Tom Kell’s fired campaign manager, ripped …": the sentence is Ann Roe’s', () => {
    const text =
      'Ann Roe, Tom Kell’s fired campaign manager, ripped the board for acting as ' +
      '“the judge and the jury” in the case.';
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name).toBe('Ann Roe');
  });
});
