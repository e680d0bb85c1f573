import { describe, expect, test } from 'vitest';
import { actorKinds } from '../../src/registry/schema.ts';
import {
  articleLd,
  breadcrumbLd,
  isoDateTime,
  jsonLdText,
  profilePageLd,
  SCHEMA_TYPE_OF_KIND,
  schemaTypeOf,
  type ArticleLdInput,
} from '../../src/lib/structured-data.ts';

const base: ArticleLdInput = {
  url: 'https://s.example/articles/a/',
  headline: 'A headline',
  description: 'What it says.',
  published: new Date('2023-12-15'),
  modified: new Date('2023-12-16'),
  source: 'TRT World',
  authors: [],
  tags: ['Russia', 'Iran'],
  section: 'News analysis',
  imageUrl: 'https://s.example/og/articles/a.png?v=1',
  wordCount: 900,
  about: [{ type: 'conflict', name: 'Gaza war', url: 'https://s.example/conflicts/gaza-war/' }],
  mentions: [
    { type: 'actor', kind: 'person', name: 'John Kirby', url: 'https://s.example/actors/john-kirby/' },
    { type: 'actor', kind: 'state', name: 'Iran', url: 'https://s.example/actors/iran/' },
  ],
  site: { name: 'The Analysis Desk', url: 'https://s.example/' },
};

describe('JSON-LD', () => {
  test('an article is a NewsArticle (AnalysisNewsArticle) with dates in UTC, the source as author, linked entities', () => {
    const ld = articleLd(base);
    expect(ld['@type']).toEqual(['NewsArticle', 'AnalysisNewsArticle']);
    expect(ld.datePublished).toBe('2023-12-15T00:00:00Z');
    expect(ld.dateModified).toBe('2023-12-16T00:00:00Z');
    expect(ld.author).toEqual([{ '@type': 'NewsMediaOrganization', name: 'TRT World' }]);
    expect(ld.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'TRT World' });
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld.about).toEqual([
      { '@type': 'Thing', name: 'Gaza war', url: 'https://s.example/conflicts/gaza-war/' },
    ]);
    expect((ld.mentions as { '@type': string }[]).map((m) => m['@type'])).toEqual(['Person', 'Country']);
    expect(ld.image).toEqual([base.imageUrl]);
  });

  test('a byline becomes Person authors, and the source URL isBasedOn', () => {
    const ld = articleLd({ ...base, authors: ['Murat Sofuoglu'], sourceUrl: 'https://www.trtworld.com/x' });
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Murat Sofuoglu' }]);
    expect(ld.isBasedOn).toBe('https://www.trtworld.com/x');
  });

  test('a person profile has a jobTitle and an affiliation; a body has a parent organisation', () => {
    const person = profilePageLd({
      url: 'https://s.example/actors/john-kirby/',
      entity: {
        type: 'actor',
        kind: 'person',
        name: 'John Kirby',
        url: 'https://s.example/actors/john-kirby/',
      },
      description: 'John Kirby: named in 2 paragraphs.',
      role: 'US national security spokesman',
      aliases: ['Kirby'],
      affiliation: {
        type: 'actor',
        kind: 'state',
        name: 'United States',
        url: 'https://s.example/actors/united-states/',
      },
      imageUrl: 'https://s.example/og/actors/john-kirby.png',
      modified: new Date('2023-12-15'),
    });
    expect(person['@type']).toBe('ProfilePage');
    expect(person.dateModified).toBe('2023-12-15T00:00:00Z');
    const main = person.mainEntity as Record<string, unknown>;
    expect(main['@type']).toBe('Person');
    expect(main.jobTitle).toBe('US national security spokesman');
    expect(main.alternateName).toEqual(['Kirby']);
    expect((main.affiliation as Record<string, unknown>)['@type']).toBe('Country');
    const body = profilePageLd({
      url: 'https://s.example/actors/ministry/',
      entity: {
        type: 'actor',
        kind: 'government body',
        name: 'Ministry',
        url: 'https://s.example/actors/ministry/',
      },
      description: 'Ministry.',
      aliases: [],
      affiliation: { type: 'actor', kind: 'state', name: 'Russia', url: 'https://s.example/actors/russia/' },
      imageUrl: 'https://s.example/og/actors/ministry.png',
    });
    const org = body.mainEntity as Record<string, unknown>;
    expect(org['@type']).toBe('GovernmentOrganization');
    expect(org).toHaveProperty('parentOrganization');
    expect(org).not.toHaveProperty('jobTitle');
  });

  test('every registry kind has a schema.org type', () => {
    for (const kind of actorKinds) expect(SCHEMA_TYPE_OF_KIND[kind], kind).toBeTruthy();
    expect(schemaTypeOf('something new')).toBe('Organization');
  });

  test('breadcrumbs are numbered from 1 with absolute URLs', () => {
    const ld = breadcrumbLd([
      { name: 'Articles', url: 'https://s.example/' },
      { name: 'A', url: 'https://s.example/articles/a/' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Articles', item: 'https://s.example/' },
      { '@type': 'ListItem', position: 2, name: 'A', item: 'https://s.example/articles/a/' },
    ]);
  });

  test('no text can close the script: <, > and & are escaped, and the JSON reads back the same', () => {
    const ld = articleLd({ ...base, headline: 'Bad </script><script>alert(1)</script> & <!-- x' });
    const text = jsonLdText(ld);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(ld);
    expect(jsonLdText({ t: 'line\u2028sep' })).toBe('{"t":"line\\u2028sep"}');
  });

  test('dates carry their time zone', () => {
    expect(isoDateTime(new Date('2024-02-29T13:45:10.123Z'))).toBe('2024-02-29T13:45:10Z');
  });
});
