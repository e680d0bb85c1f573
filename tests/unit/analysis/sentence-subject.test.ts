/**
 * sentence-subject.ts: the subject of a sentence's first verb, and of a verb coordinated with the one before
 * it ("… and said").
 */
import { describe, expect, test } from 'vitest';
import { namedRegistry, run } from './helpers.ts';

const society = namedRegistry('society');

describe('sentence subject: a verb after "and" shares the subject of the clause it is in', () => {
  test.each([
    // a clause joined after a comma has a subject of its own
    [
      'Tom Kell on Monday signed an order to shut the port, while Ann Roe, the former mayor, proposed we ' +
        '“wake up” and said the board should resign.',
      'Ann Roe',
    ],
    [
      'A group of dockers called for a strike, and the port board denounced the plan and said it would ' +
        '“redirect” all funds.',
      'the port board',
    ],
    // negative: with no such clause, the sentence's subject
    ['Tom Kell embraced the plan and said this week that it was “a fine start.”', 'Tom Kell'],
  ])('%s -> %s', (text, mention) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect(q.evidence?.mention?.text).toBe(mention);
  });
});
