/** alias-matcher.ts: registry actors and conflicts found in a text by their aliases. */
import { describe, expect, test } from 'vitest';
import { aliasNeedle, aliasPattern, buildMatcher } from '../../../src/analysis/alias-matcher.ts';
import { fixtureRegistry, projectRegistry } from '../helpers.ts';
import { run } from './helpers.ts';

const fx = buildMatcher(fixtureRegistry);
const seed = buildMatcher(projectRegistry);
const ids = (m: ReturnType<typeof fx.match>) => m.map((x) => x.id);

describe('alias matcher: aliases, demonyms, possessives and compounds, longest match first', () => {
  test.each([
    ['Egypt and Ethiopia met.', ['egypt', 'ethiopia']],
    ['Cairo said no; Addis Ababa said yes.', ['egypt', 'ethiopia']],
    ['Egyptian farmers and Ethiopian engineers', ['egypt', 'ethiopia']],
    ["Egypt’s position and Ethiopia's answer", ['egypt', 'ethiopia']],
    ['the US-led talks in a Cairo-based office', ['united-states', 'egypt']],
    ['American diplomats in Washington', ['united-states', 'united-states']],
    ['let us go', []],
    ['tell us, US officials', ['united-states']],
    ['The West and the West', ['the-west', 'the-west']],
    ['the Western alliance and Western media', ['nato', 'the-west']],
    [
      'the Egyptian Foreign Ministry and the Egyptian foreign ministry',
      ['egyptian-foreign-ministry', 'egyptian-foreign-ministry'],
    ],
    ['Alemu spoke; Tesfaye Alemu spoke', ['tesfaye-alemu', 'tesfaye-alemu']],
    ['Egyptians', []],
    ['the WHO said; who knows', ['world-health-organization']],
    ['the Nile dam and the war in Sudan', ['nile-dam-dispute', 'sudan-war']],
    ['the Grand Ethiopian Renaissance Dam', ['nile-dam-dispute']],
  ])('%s', (text, expected) => {
    expect(ids(fx.match(text))).toEqual(expected);
  });

  test.each([
    ['Russian International Affairs Council', ['russian-international-affairs-council']],
    ['a Moscow-based think-tank', ['russia']],
    ['the West-led order', ['the-west']],
    ['Tel Aviv’s attacks', ['israel']],
    ["Assad's allies", ['bashar-al-assad']],
    ['the Syrian military campaign', ['syrian-civil-war']],
    ['its nuclear program', ['iran-nuclear-programme']],
  ])('seed registry: %s', (text, expected) => {
    expect(ids(seed.match(text))).toEqual(expected);
  });

  test('surface of a possessive excludes the apostrophe', () => {
    const a = run(['Egypt’s claim.']);
    expect(a.spans[0]!.surface).toBe('Egypt');
  });

  test('case rule: capitals must be capitals', () => {
    const re = new RegExp(aliasPattern('US'), 'u');
    expect(re.test('us')).toBe(false);
    expect(re.test('US')).toBe(true);
    expect(new RegExp(aliasPattern('the West'), 'u').test('The West')).toBe(true);
    expect(new RegExp(aliasPattern('the West'), 'u').test('the west')).toBe(false);
  });

  test('needle: the longest ASCII run, lower-cased, that every match holds', () => {
    expect(aliasNeedle('Tel Aviv')).toBe('aviv');
    expect(aliasNeedle('Qalqīlyah')).toBe('qalq');
    expect(aliasNeedle('Ürümqi')).toBe('mqi');
    expect(aliasNeedle('—')).toBe('');
    for (const alias of ['the West', 'Tel Aviv', 'US', 'Assad', 'Qalqīlyah']) {
      const needle = aliasNeedle(alias);
      for (const text of ['The West', 'TEL AVIV', 'the US', "Assad's", 'QALQĪLYAH', 'Qalqīlyah']) {
        if (new RegExp(aliasPattern(alias), 'u').test(text)) expect(text.toLowerCase()).toContain(needle);
      }
    }
  });

  test('a text without an alias’s needle is not searched, and one with it still is', () => {
    expect(ids(seed.match('Nothing of note here.'))).toEqual([]);
    expect(ids(seed.match('tel aviv and TEL AVIV'))).toEqual(['israel']);
  });
});
