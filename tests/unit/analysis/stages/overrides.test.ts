/** stages/overrides.ts: the editor's frontmatter decisions (a quote's speaker, or a scare quote) win. */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze.ts';
import { fixtureRegistry } from '../../helpers.ts';

const blocks = [
  {
    kind: 'paragraph' as const,
    text: 'The sign read “no water until further notice for the whole district”.',
  },
  { kind: 'paragraph' as const, text: 'Critics mocked the “deal”.' },
];
const go = (overrides: { quote: string; speaker?: string; scare?: boolean }[]) =>
  analyzeArticle({ file: 'content/articles/x.md', blocks, overrides }, fixtureRegistry);

describe('overrides stage: an editor sets a quote’s speaker or kind, by id or opening words', () => {
  test('by id: speaker', () => {
    const q = go([{ quote: 'q-no-water-until-further', speaker: 'laila-mansour' }]).quotes[0]!;
    expect(q.speaker).toMatchObject({ id: 'laila-mansour', registered: true });
    expect(q.method).toBe('override');
  });

  test('by opening words (curly/straight, case-insensitive): scare', () => {
    const a = go([{ quote: 'No water until', scare: true }]);
    expect(a.quotes[0]!.kind).toBe('scare');
    expect(a.warnings).toEqual([]);
  });

  test('scare: false makes a scare quote direct', () => {
    expect(go([{ quote: 'q-deal', scare: false, speaker: 'david-ross' }]).quotes[1]).toMatchObject({
      kind: 'direct',
      speaker: { id: 'david-ross' },
    });
  });
});

describe('overrides stage: a bad override names the file, the quote and the closest id', () => {
  test('unknown actor names the file, the quote and the closest id', () => {
    expect(() => go([{ quote: 'q-no-water-until-further', speaker: 'laila-mansur' }])).toThrow(
      "content/articles/x.md: quote override 'q-no-water-until-further' names unknown actor " +
        "'laila-mansur' (did you mean 'laila-mansour'?)",
    );
  });

  test('an override matching no quote throws with the closest quote id', () => {
    expect(() => go([{ quote: 'q-no-watr', scare: true }])).toThrow(
      new RegExp(
        "content/articles/x\\.md: quote override 'q-no-watr' matches no quote " +
          "\\(did you mean 'q-no-water-until-further'\\?\\)",
      ),
    );
  });
});
