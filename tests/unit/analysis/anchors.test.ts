/** anchors.ts: stable, readable anchors for headings, paragraphs and quotes. */
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import {
  headingAnchors,
  leadingSlugWords,
  paragraphAnchors,
  uniqueSlug,
} from '../../../src/analysis/anchors.ts';
import { slugWords } from '../../../src/analysis/text.ts';
import { run } from './helpers.ts';

describe('anchors: paragraph, heading and quote anchors from the text', () => {
  test.each([
    ['Russia and Iran have been outliers in the US-led order.', 'russia-and-iran-have-been'],
    ['Égypte’s “water” — claims: São Paulo', 'egyptes-water-claims-sao-paulo'],
    ['Straße und Łódź', 'strasse-und-lodz'],
    ['!!!', 'paragraph'],
  ])('%s -> %s', (text, anchor) => {
    expect(paragraphAnchors([text])[0]).toBe(anchor);
  });

  test('collisions extend with more words, then a numeric suffix', () => {
    const a = paragraphAnchors([
      'One two three four five six',
      'One two three four five seven',
      'One two three four five six',
    ]);
    expect(a).toEqual([
      'one-two-three-four-five',
      'one-two-three-four-five-seven',
      'one-two-three-four-five-six',
    ]);
    const b = paragraphAnchors(['Same text.', 'Same text.']);
    expect(b).toEqual(['same-text', 'same-text-2']);
  });

  test('paragraph anchors never collide with heading slugs', () => {
    expect(paragraphAnchors(['Farmers downstream'], ['farmers-downstream'])).toEqual([
      'farmers-downstream-2',
    ]);
  });

  test('heading anchors equal github-slugger (rehype-slug)', () => {
    const texts = [
      'Gaza distracts the Western focus on Ukraine',
      'Gaza distracts the Western focus on Ukraine',
      'Ça va? Yes!',
    ];
    const s = new GithubSlugger();
    expect(headingAnchors(texts)).toEqual(texts.map((t) => s.slug(t)));
  });

  test('anchors depend on text, not position', () => {
    const a = run(['First para here now.', 'Second para text.']);
    const b = run(['New lead paragraph.', 'First para here now.', 'Second para text.']);
    expect(b.paragraphs[1]!.anchor).toBe(a.paragraphs[0]!.anchor);
    expect(b.paragraphs[2]!.anchor).toBe(a.paragraphs[1]!.anchor);
  });

  test('quote ids are q- plus four words and unique', () => {
    const a = run(['“We will wait and see,” said Ross.', '“We will wait and see,” said Ross again.']);
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.id)).toEqual([
      'q-we-will-wait-and',
      'q-we-will-wait-and-see',
    ]);
    const used = new Set<string>();
    expect(uniqueSlug('x', used, { prefix: 'r-', words: 4 })).toBe('r-x');
  });

  test.each([
    ['Short.', 3],
    ['One two three four five six seven eight nine ten eleven twelve thirteen', 12],
    [`${'Łódź — “São” '.repeat(30)}end`, 12],
    [`${'a '.repeat(5)}${'— '.repeat(200)}six seven`, 7],
    ['x'.repeat(500) + ' tail words here', 2],
  ])('the leading slug words are the whole text’s first ones: %#', (text, k) => {
    expect(leadingSlugWords(text, k)).toEqual(slugWords(text).slice(0, k));
  });
});
