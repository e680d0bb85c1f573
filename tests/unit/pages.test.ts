/** Grouping an entity's mentions by article and paging them (src/lib/pages.ts). */
import { describe, expect, test } from 'vitest';
import type { ArticleRef, MentionContext } from '../../src/lib/aggregate.ts';
import { archivePages, entityPage, mentionsPageUrl, pageCount, pageItems } from '../../src/lib/pages.ts';

const article = (slug: string) => ({ slug, title: slug, published: new Date('2024-01-01') }) as ArticleRef;
const mention = (a: ArticleRef, index: number) =>
  ({ article: a, paragraph: { index } }) as unknown as MentionContext;

describe('pages of mentions', () => {
  const [newer, older, none] = [article('newer'), article('older'), article('quoted-only')];
  test('mentions are grouped in the order of the articles given (newest first), skipping articles without one', () => {
    const { groups } = entityPage(
      {
        articles: [newer, none, older],
        mentions: [mention(older, 2), mention(newer, 5), mention(older, 7)],
        quotes: [],
        quotesAbout: [],
      },
      1,
    );
    expect(groups.map((g) => [g.article.slug, g.mentions.map((m) => m.paragraph.index)])).toEqual([
      ['newer', [5]],
      ['older', [2, 7]],
    ]);
  });
  test('page counts and slices', () => {
    expect([0, 1, 10, 11, 25].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 3]);
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(pageItems(items, 1)).toEqual(items.slice(0, 10));
    expect(pageItems(items, 3)).toEqual([20, 21, 22, 23, 24]);
    expect(pageItems(items, 4)).toEqual([]);
  });
  test('page 1 is the entity’s own page; later pages are under it', () => {
    expect(mentionsPageUrl('actor', 'russia', 1)).toBe('/actors/russia/#mentions');
    expect(mentionsPageUrl('conflict', 'gaza-war', 3)).toBe('/conflicts/gaza-war/mentions/3/');
  });
  test('archive pages exist only for entities with more than one page', () => {
    const many = Array.from({ length: 21 }, (_, i) => article(`a${i}`));
    const stats = [
      { id: 'big', articles: many, mentions: many.map((a) => mention(a, 1)) },
      { id: 'small', articles: [newer], mentions: [mention(newer, 1)] },
    ];
    expect(archivePages(stats as never)).toEqual([
      { params: { id: 'big', page: '2' } },
      { params: { id: 'big', page: '3' } },
    ]);
  });
});

test('a page lists the quotes and mentions of its own articles only', () => {
  const arts = Array.from({ length: 12 }, (_, i) => article(`a${i}`));
  const quote = (a: ArticleRef, kind: string) => ({ article: a, quote: { kind } }) as never;
  const stats = {
    articles: arts,
    mentions: arts.map((a) => mention(a, 1)),
    quotes: arts.map((a) => quote(a, 'direct')),
    quotesAbout: [quote(arts[11]!, 'direct')],
  };
  const p1 = entityPage(stats, 1);
  const p2 = entityPage(stats, 2);
  expect([p1.pages, p1.total, p1.articles.length, p2.articles.length]).toEqual([2, 12, 10, 2]);
  expect(p1.quotes.map((q) => q.article.slug)).toEqual(arts.slice(0, 10).map((a) => a.slug));
  expect(p2.groups.map((g) => g.article.slug)).toEqual(['a10', 'a11']);
  expect([p1.quotesAbout.length, p2.quotesAbout.length]).toEqual([0, 1]);
  // Counts are over every article, on every page.
  expect(p2.totals).toEqual({ direct: 12, reported: 0, directAbout: 1 });
});

test('each page of a long history lists its own slice, in the history’s order, as the history grows', () => {
  const arts = Array.from({ length: 95 }, (_, i) => article(`a${String(i).padStart(2, '0')}`));
  const quote = (a: ArticleRef, kind: string) => ({ article: a, quote: { kind } }) as never;
  const stats = {
    articles: arts,
    // Two mentions in every article, a direct quote in every third, a reported one in every fifth.
    mentions: arts.flatMap((a) => [mention(a, 1), mention(a, 4)]),
    quotes: arts.flatMap((a, i) => [
      ...(i % 3 === 0 ? [quote(a, 'direct')] : []),
      ...(i % 5 === 0 ? [quote(a, 'reported')] : []),
    ]),
    quotesAbout: [],
  };
  const pages = Array.from({ length: 10 }, (_, i) => entityPage(stats, i + 1));
  expect(pages.map((p) => p.articles.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
  expect(pages.flatMap((p) => p.groups.map((g) => g.article))).toEqual(arts);
  expect(pages.flatMap((p) => p.groups.flatMap((g) => g.mentions))).toEqual(stats.mentions);
  expect(pages.flatMap((p) => p.quotes)).toEqual(stats.quotes);
  expect(pages[9]!.totals).toEqual({ direct: 32, reported: 19, directAbout: 0 });
});

test('the list of articles: the front page, then /page/<n>/', async () => {
  const { urls } = await import('../../src/lib/urls.ts');
  expect([1, 2, 7].map((n) => urls.articlesPage(n))).toEqual(['/', '/page/2/', '/page/7/']);
});
