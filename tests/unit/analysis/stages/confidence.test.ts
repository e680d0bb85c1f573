/** stages/confidence.ts: each attribution's level, and the doubts the learned model cannot see. */
import { describe, expect, test } from 'vitest';
import { run } from '../helpers.ts';

describe('confidence stage: a pronoun against its person’s first name is never shown as fact', () => {
  const level = (text: string) => run([text]).quotes.find((q) => q.kind === 'direct')!.confidence;

  test.each([
    // "he" reaches Ann Roe only because Kell, a lone surname as an object, is no speaker the text registers
    ['Ann Roe met Kell on Monday. “We will build it,” he said.', 'low'],
    ['Ann Roe met the board on Monday. “We will build it,” he said.', 'low'],
    // negatives: the pronoun fits the first name
    ['Tom Kell met the board on Monday. “We will build it,” he said.', 'high'],
    ['Ann Roe met the board on Monday. “We will build it,” she said.', 'high'],
  ])('%s -> %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });
});
