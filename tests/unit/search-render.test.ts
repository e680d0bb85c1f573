/**
 * What the result list shows for one page of Pagefind's results: an article's quotes that the search
 * found are results of their own (quote pages are not indexed), worded from the article's facets.
 */
import { describe, expect, test } from 'vitest';
import type { ResultData } from '../../src/scripts/search/pagefind.ts';
import { toRendered } from '../../src/scripts/search/render.ts';

const base = '/articles/a/';
const facets = {
  names: ['John Kirby'],
  anchors: {
    p6: { p: 'p6', a: [0], c: [] },
    'q-clearly': {
      p: 'p6',
      s: 0,
      a: [0],
      c: [],
      t: '“clearly a growing relationship” — John Kirby',
      w: 'Possibly said by John Kirby, US national security spokesman (named in the text; uncertain)',
    },
    'r-moscow': { p: 'p6', s: 0, a: [0], c: [] },
  },
};
const sub = (id: string, title: string) => ({
  title,
  url: `${base}#${id}`,
  excerpt: `words of ${id}`,
  anchor: { element: 'span', id, title, location: 0 },
});

function article(subs: ReturnType<typeof sub>[], extra: Partial<ResultData> = {}): ResultData {
  return {
    url: base,
    excerpt: 'the page excerpt',
    meta: { title: 'The article', facets: JSON.stringify(facets) },
    filters: { kind: ['paragraph'] },
    sub_results: subs,
    ...extra,
  };
}

describe('an article result with a quote among its deep links', () => {
  test('the quote is a result of its own, before the article, landing on the quote', () => {
    const out = toRendered(article([sub('p6', 'Paragraph 6'), sub('q-clearly', 'Quote: John Kirby')]));
    expect(out.map((r) => r.kind)).toEqual(['quote', 'paragraph']);
    expect(out[0]).toEqual({
      kind: 'quote',
      title: '“clearly a growing relationship” — John Kirby',
      url: `${base}#q-clearly`,
      said: 'Possibly said by John Kirby, US national security spokesman (named in the text; uncertain)',
      excerpt: '',
      subs: [],
    });
    // the article keeps its other deep links, not the quote again
    expect(out[1]!.subs.map((s) => s.title)).toEqual(['Paragraph 6']);
  });

  test('a paragraph that holds the query as a phrase leads; the quote follows the article', () => {
    const data = article([sub('p6', 'Paragraph 6'), sub('q-clearly', 'Quote: John Kirby')], {
      phraseLed: true,
    });
    expect(toRendered(data).map((r) => r.kind)).toEqual(['paragraph', 'quote']);
  });

  test('narrowed by a filter to the quote alone: the quote, without the article', () => {
    const data = article([sub('q-clearly', 'Quote: John Kirby')], { narrowed: true });
    expect(toRendered(data).map((r) => r.kind)).toEqual(['quote']);
  });

  test('narrowed to the quote and a reported statement: the article stays with the statement', () => {
    const data = article([sub('q-clearly', 'Quote: John Kirby'), sub('r-moscow', 'Reported: John Kirby')], {
      narrowed: true,
    });
    const out = toRendered(data);
    expect(out.map((r) => r.kind)).toEqual(['quote', 'paragraph']);
    expect(out[1]!.subs.map((s) => s.title)).toEqual(['Reported: John Kirby']);
  });

  test('a page without facets (an actor) is shown as it is', () => {
    const out = toRendered({
      url: '/actors/john-kirby/',
      excerpt: 'x',
      meta: { title: 'John Kirby', summary: 'US national security spokesman' },
      filters: { kind: ['actor profile'] },
      sub_results: [],
    });
    expect(out).toHaveLength(1);
    expect(out[0]!.kind).toBe('actor profile');
  });
});
