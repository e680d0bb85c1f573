import { describe, expect, test } from 'vitest';
import { checkAnchors, mergeLock } from '../../src/lib/anchors.ts';

const file = 'content/articles/x.md';

describe('checkAnchors', () => {
  test('passes when every locked anchor is still there', () => {
    expect(checkAnchors(file, ['a-b', 'c-d'], ['a-b'], {})).toEqual([]);
  });

  test('fails when a published anchor vanished, naming it, the closest anchor and the fix', () => {
    const [problem] = checkAnchors(file, ['russia-and-iran-are-outliers'], ['russia-and-iran-have-been'], {});
    expect(problem).toMatch(
      /^content\/articles\/x\.md: published anchor 'russia-and-iran-have-been' is gone/,
    );
    expect(problem).toContain('anchors: { russia-and-iran-have-been: russia-and-iran-are-outliers }');
    expect(problem).toContain('npm run anchors:lock -- --drop');
  });

  test('an alias keeps a vanished anchor published', () => {
    expect(checkAnchors(file, ['new-words'], ['old-words'], { 'old-words': 'new-words' })).toEqual([]);
  });

  test.each([
    [
      'an alias that duplicates an existing anchor',
      ['a-b', 'c-d'],
      { 'a-b': 'c-d' },
      /field "anchors": alias 'a-b' duplicates an anchor/,
    ],
    [
      'an alias that points nowhere',
      ['a-b'],
      { 'x-y': 'a-c' },
      /alias 'x-y' points to 'a-c', which the article does not have \(did you mean 'a-b'\?\)/,
    ],
    ['two elements with one id', ['a-b', 'a-b'], {}, /duplicate anchor 'a-b'/],
  ])('reports %s', (_name, ids, aliases, message) => {
    expect(checkAnchors(file, ids, [], aliases).join('\n')).toMatch(message);
  });
});

describe('mergeLock', () => {
  test('adds new anchors and keeps old ones', () => {
    expect(mergeLock({ s: ['old'] }, 's', ['new'])).toEqual({ s: ['new', 'old'] });
  });
  test('--drop keeps only the current anchors', () => {
    expect(mergeLock({ s: ['old'] }, 's', ['new'], true)).toEqual({ s: ['new'] });
  });
});
