/** verb-use.ts: how a verb is used around a cue, and a sentence's first finite verb. */
import { describe, expect, test } from 'vitest';
import { mainVerb } from '../../../src/analysis/verb-use.ts';
import { namedRegistry, run } from './helpers.ts';

const society = namedRegistry('society');

describe('verb use: "did"/"does" is a finite verb heading the predicate', () => {
  test.each([
    ['The Kell Trust did not want to talk, telling', 'did'],
    ['The port board does not agree, saying', 'does'],
    // negative: a participle after a comma is no predicate
    ['Asked about it, the board', null],
  ])('%s', (text, verb) => {
    const at = mainVerb(text, 0, text.length);
    expect(at === null ? null : text.slice(at).split(/\s/)[0]).toBe(verb);
  });

  test.each([
    ['66-year-old Ann Roe, founder of the Port Institute, endorsed Kell, saying', 'endorsed'],
    ['The 40-year-old Tom Kell, a pilot, backed the plan, saying', 'backed'],
    // negative: a word that is no age before the name leaves the verb after the comma a participle
    ['Later Ann Roe, founder of the Port Institute, endorsed Kell, saying', null],
  ])('an age before the name opening the sentence: %s', (text, verb) => {
    const at = mainVerb(text, 0, text.length);
    expect(at === null ? null : text.slice(at).split(/\s/)[0]).toBe(verb);
  });

  test('", telling …" after "X did not …" takes X as speaker', () => {
    const q = run(
      ['The Kell Trust did not want to name him, telling the radio the trust is focused on “the harbour.”'],
      society,
    ).quotes.find((x) => x.kind === 'direct');
    expect(q?.evidence?.mention?.text).toBe('The Kell Trust');
  });
});

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
      '“both referee and player” in the case.';
    const q = run([text]).quotes.find((x) => x.kind === 'direct')!;
    expect(q.speaker.name).toBe('Ann Roe');
  });
});

describe('verb use: a capitalised "Will" after a lower-case word is a name, not the modal', () => {
  test.each([
    ['The board passed a levy which Will says is “a tax on work.”', 'Will'],
    // negative: the modal opening a clause is still an auxiliary
    ['“Is it late?” Will the board say “not yet”?', null],
  ])('%s -> %s', (text, who) => {
    const q = run([text])
      .quotes.filter((x) => x.kind === 'direct')
      .pop();
    expect(q?.speaker.name ?? null).toBe(who);
  });
});
