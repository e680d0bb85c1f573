/**
 * fallback-rules.ts cueJustBefore: a partial quote in the sentence after a verb of saying of the same
 * paragraph, its own sentence offering nobody and no cue, goes to that verb's subject; always low. And
 * fallback-phrases.ts namesBefore, which reads "It’s" as no name.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import { namesBefore } from '../../../src/analysis/fallback-phrases.ts';

const registry = { actors: [], conflicts: [] };

/** Speaker name, method and confidence of the direct quotes of one invented paragraph. */
function direct(text: string): (string | null)[][] {
  const blocks = [{ kind: 'paragraph' as const, text }];
  return analyzeArticle({ file: 't.md', blocks }, registry)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker.name, q.method, q.confidence]);
}

const SAID = 'The plan will cost more than planned, Ann Roe said.';

describe('a partial quote in the sentence after a verb of saying', () => {
  test('goes to the subject of that verb, at low confidence', () => {
    expect(direct(`${SAID} It can work only when “the tide turns our way.”`)).toEqual([
      ['Ann Roe', 'fallback', 'low'],
    ]);
  });

  test('not when its own sentence names someone else, or the quote is a sentence of its own', () => {
    expect(direct(`${SAID} Ben Ortiz thinks it works only when “the tide turns our way.”`)).toEqual([
      ['Ben Ortiz', 'sentence', 'low'],
    ]);
    expect(direct(`${SAID} It can work. “The tide turns when we say so.”`)).toEqual([[null, null, null]]);
  });

  test('not when its own sentence has a cue, even one naming nobody who speaks', () => {
    const q = direct(`${SAID} According to the report, it works only when “the tide turns our way.”`);
    expect(q.map((x) => x[0])).toEqual([null]);
  });
});

describe('namesBefore: the names of the quote’s sentence before it', () => {
  test('a sentence opening with “It’s” names nobody; a name owning something does', () => {
    const it = 'It’s “a plan for the ages.”';
    expect(namesBefore(it, 0, it.indexOf('“'))).toEqual([]);
    const kell = 'Kell’s word was “a plan for the ages.”';
    expect(namesBefore(kell, 0, kell.indexOf('“')).map((n) => n.text)).toEqual(['Kell']);
  });
});
