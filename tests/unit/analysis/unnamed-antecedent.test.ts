/** unnamed-antecedent.ts: the unnamed person a "he"/"she" that resolved to nobody goes on from. */
import { describe, expect, test } from 'vitest';
import { run } from './helpers.ts';

describe('unnamed antecedent: "he"/"she" after an unnamed person goes on with that person', () => {
  const last = (paras: string[]) => {
    const q = run(paras)
      .quotes.filter((x) => x.kind === 'direct')
      .pop()!;
    return [q.speaker.name ?? q.speaker.description ?? null, q.evidence?.mention?.text ?? null];
  };
  test.each<[string[], (string | null)[]]>([
    [
      ['“There never was an order,” said the fleet chief.', '“Nothing at all,” he said.'],
      ['the fleet chief', 'he'],
    ],
    [
      ['One port delegate said he tried to sell passes. He found no one, he said. “Not even one,” he said.'],
      ['one port delegate', 'he'],
    ],
    // negatives: one who asked is not the one who replies; a person named since is the one meant; a group
    // or a thing is no "he"
    [
      [
        'Ann Roe caused a stir when a port voter asked if she might run.',
        '“What a great idea,” she replied.',
      ],
      [null, null],
    ],
    [
      ['“There never was an order,” said the fleet chief. Tom Kell disagreed.', '“Nothing at all,” he said.'],
      ['Tom Kell', 'he'],
    ],
    [
      ['“The port will close,” the harbour voters said.', '“Not this year,” he said.'],
      [null, null],
    ],
    [
      ['“The port will close,” the statement said.', '“Not this year,” he said.'],
      [null, null],
    ],
  ])('%j', (paras, want) => {
    expect(last(paras)).toEqual(want);
  });
});
