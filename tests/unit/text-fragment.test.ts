import { describe, expect, test } from 'vitest';
import {
  directiveFor,
  encodePart,
  findDirective,
  formatDirective,
  highlightUrl,
  parseFragment,
} from '../../src/scripts/share/text-fragment.ts';

describe('building a link to a highlight', () => {
  test('the directive syntax characters are encoded in the text', () => {
    expect(encodePart('US-led, Iran & Russia')).toBe('US%2Dled%2C%20Iran%20%26%20Russia');
  });

  test('a short selection is matched exactly; the paragraph anchor comes first as the fallback', () => {
    const d = directiveFor(['everything  has\nchanged']);
    expect(d).toEqual({ start: 'everything has changed' });
    expect(highlightUrl('https://s.example/articles/a/?highlight=x#old', 'but-with-the-gaza-war', d!)).toBe(
      'https://s.example/articles/a/#but-with-the-gaza-war:~:text=everything%20has%20changed',
    );
  });

  test('a long selection, or one across a speaker chip, is matched by its first and last words', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(directiveFor([long])).toEqual({ start: 'one two three four', end: 'nine ten eleven twelve' });
    expect(
      directiveFor(['with the Gaza war “everything has changed”', 'as both countries have felt']),
    ).toEqual({
      start: 'with the Gaza war',
      end: 'both countries have felt',
    });
    expect(formatDirective({ start: 'a-b', end: 'c' })).toBe('text=a%2Db,c');
  });

  test('words that occur more than once get the words around them', () => {
    expect(
      directiveFor(['Russia and Iran'], { before: 'the same page as', after: 'have been outliers' }, true),
    ).toEqual({
      prefix: 'same page as',
      start: 'Russia and Iran',
      suffix: 'have been outliers',
    });
    expect(formatDirective({ prefix: 'page as', start: 'Russia', suffix: 'have' })).toBe(
      'text=page%20as-,Russia,-have',
    );
    expect(directiveFor(['  '])).toBeNull();
  });
});

describe('reading a link to a highlight (for browsers without text fragments)', () => {
  test('the anchor and every text directive, decoded', () => {
    expect(
      parseFragment('https://s.example/a/#para:~:text=page%20as-,Russia%2C,Iran,-have&text=b&other=1'),
    ).toEqual({
      anchor: 'para',
      directives: [{ prefix: 'page as', start: 'Russia,', end: 'Iran', suffix: 'have' }, { start: 'b' }],
    });
    expect(parseFragment('#para')).toEqual({ anchor: 'para', directives: [] });
    expect(parseFragment('#:~:text=x').anchor).toBe('');
  });

  test('round trip: what we build, we read back', () => {
    const d = { prefix: 'the US-led', start: 'global order, and', end: 'both nations', suffix: 'have had' };
    expect(parseFragment(highlightUrl('https://s.example/a/', 'p1', d))).toEqual({
      anchor: 'p1',
      directives: [d],
    });
  });

  const text =
    'Russia and Iran have been outliers. The war warning came. But with the Gaza war “everything has changed” as both countries have felt that they need each other.';

  test('matches ignore case and whitespace, on whole words only', () => {
    const at = findDirective(text, { start: 'EVERYTHING  has changed' })!;
    expect(text.slice(at.start, at.end)).toBe('everything has changed');
    const war = findDirective(text, { start: 'war' })!;
    expect(text.slice(war.start - 4, war.end)).toBe('The war'); // not "warning"
    expect(findDirective(text, { start: 'warn' })).toBeNull();
  });

  test('start,end spans the passage; prefix and suffix pick the right one', () => {
    const at = findDirective(text, { start: 'with the Gaza war', end: 'both countries have felt' })!;
    expect(text.slice(at.start, at.end)).toBe(
      'with the Gaza war “everything has changed” as both countries have felt',
    );
    const second = findDirective(text, { prefix: 'Gaza', start: 'war' })!;
    expect(text.slice(second.start, second.end + 12)).toBe('war “everything');
    expect(findDirective(text, { start: 'war', suffix: 'warning' })!.start).toBe(text.indexOf('war warning'));
    expect(findDirective(text, { start: 'Iran', suffix: 'nothing like this' })).toBeNull();
  });
});
