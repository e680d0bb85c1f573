/** stages/mentions.ts: the registry's actors and conflicts named in each paragraph and heading. */
import { describe, expect, test } from 'vitest';
import { run } from '../helpers.ts';

describe('mentions stage: headings and paragraphs list the actors they name', () => {
  test('headings get mentions too, paragraph mentions are in order of first appearance', () => {
    const a = run(['## Egypt and the dam', 'Ethiopia and Egypt and Ethiopia.']);
    expect(a.headings[0]!.actors).toEqual(['egypt']);
    expect(a.headings[0]!.conflicts).toEqual([]);
    expect(a.mentions[0]!.actors).toEqual(['ethiopia', 'egypt']);
  });
});
