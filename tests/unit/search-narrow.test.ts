/**
 * Search results narrowed to the paragraph and the quote (Pagefind filters whole pages), and
 * exact phrases ranked first. Pure functions over data shaped like Pagefind's.
 */
import { describe, expect, test } from 'vitest';
import { narrowHits, narrowResult } from '../../src/scripts/search/facets.ts';
import { anchorFilters, pageFilters } from '../../src/scripts/search/facet-map.ts';
import type { Anchor, ResultData, SearchHit } from '../../src/scripts/search/pagefind.ts';
import { holdsPhrase, phraseOf, rankPhraseFirst } from '../../src/scripts/search/rank.ts';

// An article page: ¶1 names Russia; ¶2 holds Kirby's quote, then words after it; ¶3 a Gasanov quote.
const content =
  'Russia and Iran are outliers. The Russian announcement unnerved Washington and Kirby described ' +
  'clearly a growing relationship between Moscow and Tehran. Gasanov said relations are stronger than ever';
const words = content.split(' ');
const at = (word: string) => words.indexOf(word);
const anchors: Anchor[] = [
  { element: 'p', id: 'russia-and-iran', title: 'Paragraph 1', location: 0 },
  { element: 'p', id: 'the-russian-announcement', title: 'Paragraph 2', location: at('The') },
  { element: 'span', id: 'q-clearly', title: 'Quote: John Kirby', location: at('clearly') },
  { element: 'span', id: 'q-clearly-after', title: 'Paragraph 2', location: at('between') },
  { element: 'p', id: 'gasanov-said', title: 'Paragraph 3', location: at('Gasanov') },
  { element: 'span', id: 'q-relations', title: 'Quote: Kamran Gasanov', location: at('relations') },
];
const facets = {
  names: ['Russia', 'Iran', 'United States', 'John Kirby', 'Kamran Gasanov'],
  anchors: {
    'russia-and-iran': { p: 'russia-and-iran', a: [0, 1], c: [] },
    'the-russian-announcement': { p: 'the-russian-announcement', a: [0, 2, 3], c: [] },
    'q-clearly': { p: 'the-russian-announcement', s: 3, a: [0, 2, 3], c: [] },
    'gasanov-said': { p: 'gasanov-said', a: [4], c: [] },
    'q-relations': { p: 'gasanov-said', s: 4, a: [4], c: [] },
  },
};
const sub = (id: string, excerpt: string) => ({
  title: anchors.find((a) => a.id === id)!.title!,
  url: `/articles/a/#${id}`,
  excerpt,
  anchor: anchors.find((a) => a.id === id)!,
});
/** The page as Pagefind returns it for "Russia": hits in ¶1 and ¶2, none in Kirby's quote. */
const page: ResultData = {
  url: '/articles/a/',
  excerpt: '<mark>Russia</mark> and Iran',
  content,
  meta: { title: 'A', facets: JSON.stringify(facets) },
  filters: { kind: ['paragraph'] },
  anchors,
  sub_results: [
    sub('russia-and-iran', '<mark>Russia</mark> and Iran are outliers.'),
    sub('the-russian-announcement', 'The <mark>Russian</mark> announcement'),
  ],
};

describe('narrowing a page to its paragraphs and quotes', () => {
  test('Speaker = John Kirby with "Russia": his quote, found through its paragraph, and nothing else', () => {
    const narrowed = narrowResult(page, { speaker: 'John Kirby' }, true)!;
    expect(narrowed.sub_results.map((s) => s.title)).toEqual(['Quote: John Kirby']);
    expect(narrowed.sub_results[0]!.url).toBe('/articles/a/#q-clearly');
    // Its words come from the indexed text, up to the next anchor.
    expect(narrowed.sub_results[0]!.excerpt).toBe('clearly a growing relationship');
  });

  test('a speaker whose words the query does not reach: the page drops out', () => {
    expect(narrowResult(page, { speaker: 'Kamran Gasanov' }, true)).toBeNull();
  });

  test('a speaker without a query: all their quotes on the page', () => {
    const narrowed = narrowResult(page, { speaker: 'Kamran Gasanov' }, false)!;
    expect(narrowed.sub_results.map((s) => s.url)).toEqual(['/articles/a/#q-relations']);
  });

  test('kind "quote": the direct quotes only (quotes are parts of their articles in the index)', () => {
    const titled = JSON.parse(JSON.stringify(facets)) as typeof facets;
    Object.assign(titled.anchors['q-clearly'], { t: '“clearly…” — John Kirby' });
    Object.assign(titled.anchors['q-relations'], { t: '“relations…” — Kamran Gasanov' });
    const data = { ...page, meta: { ...page.meta, facets: JSON.stringify(titled) } };
    // without a query, every quote of the page; with one, the quotes it reaches
    expect(narrowResult(data, { kind: 'quote' }, false)!.sub_results.map((s) => s.url)).toEqual([
      '/articles/a/#q-clearly',
      '/articles/a/#q-relations',
    ]);
    const hit = { ...data, sub_results: [...data.sub_results, sub('q-relations', 'relations are stronger')] };
    expect(narrowResult(hit, { kind: 'quote' }, true)!.sub_results.map((s) => s.url)).toEqual([
      '/articles/a/#q-relations',
    ]);
    // Pagefind is asked for the articles, and the narrowing knows it wants quotes
    expect(pageFilters({ kind: 'quote', speaker: 'X' })).toEqual({ kind: 'paragraph', speaker: 'X' });
    expect(anchorFilters({ kind: 'quote' })).toEqual({ kind: 'quote' });
    expect(anchorFilters({ kind: 'actor profile' })).toEqual({});
  });

  test('an actor: only the paragraphs that name it', () => {
    const us = narrowResult(page, { actor: 'United States' }, true)!;
    expect(us.sub_results.map((s) => s.title)).toEqual(['Paragraph 2']);
    const iran = narrowResult(page, { actor: 'Iran' }, false)!;
    expect(iran.sub_results.map((s) => s.title)).toEqual(['Paragraph 1']);
  });

  test('words after a quote count for its paragraph, linked to the paragraph', () => {
    const hitAfter: ResultData = {
      ...page,
      sub_results: [{ ...sub('q-clearly-after', 'between <mark>Moscow</mark>'), title: 'Paragraph 2' }],
    };
    const narrowed = narrowResult(hitAfter, { actor: 'United States' }, true)!;
    expect(narrowed.sub_results.map((s) => s.url)).toEqual(['/articles/a/#the-russian-announcement']);
  });

  test('filters combine; a page without facets is left to Pagefind', () => {
    expect(narrowResult(page, { speaker: 'John Kirby', actor: 'Iran' }, true)).toBeNull();
    const record = { ...page, meta: { title: 'Quote' } };
    expect(narrowResult(record, { speaker: 'John Kirby' }, true)).toBe(record);
  });

  test('narrowHits drops pages that keep nothing and loads each page once', async () => {
    let loads = 0;
    const hit = (data: ResultData): SearchHit => ({
      id: data.url,
      score: 1,
      data: () => {
        loads++;
        return Promise.resolve(data);
      },
    });
    const other = { ...page, url: '/articles/b/' };
    const hits = await narrowHits(
      [hit(page), hit(other)],
      { speaker: 'Kamran Gasanov', kind: 'paragraph' },
      true,
    );
    expect(hits).toEqual([]);
    const kept = await narrowHits([hit(page)], { speaker: 'John Kirby' }, true);
    expect(kept).toHaveLength(1);
    expect((await kept[0]!.data()).sub_results).toHaveLength(1);
    expect(loads).toBe(3);
  });
});

describe('exact phrases first', () => {
  test('a query of several words is a phrase; one word is not', () => {
    expect(phraseOf('Stronger than  EVER')).toBe('stronger than ever');
    expect(phraseOf('"stronger than ever"')).toBe('stronger than ever');
    expect(phraseOf('Kirby')).toBeNull();
    expect(holdsPhrase('…become <mark>stronger</mark> than ever”.', 'stronger than ever')).toBe(true);
    expect(holdsPhrase('stronger, and more than ever', 'stronger than ever')).toBe(false);
    expect(holdsPhrase('Tel Aviv’s attacks', "tel aviv's attacks")).toBe(true);
  });

  test('pages holding the phrase rise above pages with the words scattered, and so do their deep links', async () => {
    const scattered: ResultData = {
      ...page,
      url: '/s/',
      content: 'than ever before, stronger',
      sub_results: [],
    };
    const exact: ResultData = {
      ...page,
      url: '/e/',
      sub_results: [sub('russia-and-iran', 'no phrase here'), sub('q-relations', 'are stronger than ever')],
    };
    const hit = (data: ResultData): SearchHit => ({
      id: data.url,
      score: 1,
      data: () => Promise.resolve(data),
    });
    const ranked = await rankPhraseFirst([hit(scattered), hit(exact)], 'stronger than ever');
    expect(ranked.map((h) => h.id)).toEqual(['/e/', '/s/']);
    expect((await ranked[0]!.data()).sub_results[0]!.anchor!.id).toBe('q-relations');
    // One word: Pagefind's order stands.
    const one = await rankPhraseFirst([hit(scattered), hit(exact)], 'stronger');
    expect(one.map((h) => h.id)).toEqual(['/s/', '/e/']);
  });
});
