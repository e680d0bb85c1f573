/** poll-subject.ts: a share of those asked speaks for the poll named in its sentence. */
import { describe, expect, test } from 'vitest';
import { namedRegistry, run } from './helpers.ts';

const society = namedRegistry('society');

describe('poll subject: a share of those asked speaks for the poll named in its sentence', () => {
  test.each([
    [
      'In a Dover Herald poll, 31 percent of voters said they were “extremely keen” to vote.',
      'a Dover Herald poll',
    ],
    ['The poll is grim for Kell: 25 percent of likely voters say they would “not support” him.', 'The poll'],
    // negative: no poll named, the voters speak
    ['Some 31 percent of voters said they were “extremely keen” to vote.', 'voters'],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});
