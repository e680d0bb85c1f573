/** possessive-cues.ts: the owner of a noun of saying ("his warning that …") speaks the quote after it. */
import { describe, expect, test } from 'vitest';
import { namedRegistry, run } from './helpers.ts';

const society = namedRegistry('society');

describe('possessive cues: "his warning that … “…”", "her call for “…”"', () => {
  test.each([
    [
      'Tom Kell spoke in May. He left a backlash, chiefly his warning that the town would end up at the ' +
        '“end of the queue” if it left.',
      'his',
      'Tom Kell',
    ],
    [
      'Ann Roe lost ground after the storm and her call for “a total ban on new harbour berths.”',
      'her',
      'Ann Roe',
    ],
    ['Ann Roe was pressed about her claim that she “never once sold a berth to a friend.”', 'her', 'Ann Roe'],
    // negatives: a name's possessive is left to the sentence's subject; "in her words" is no noun of saying
    ['The crowd cheered Kell’s call for “a fresh start at the docks this spring.”', 'The crowd', null],
    [
      'Ann Roe wants a new pier and, in her words, “a harbour that works for all of us.”',
      'Ann Roe',
      'Ann Roe',
    ],
  ])('%s -> %s', (text, mention, speaker) => {
    const q = run([text], society).quotes.find((x) => x.kind === 'direct')!;
    expect([q.evidence?.mention?.text, q.speaker.name ?? null]).toEqual([mention, speaker]);
  });
});
