import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, test } from 'vitest';
import {
  articleCitations,
  articleCsl,
  isCertain,
  quoteCitation,
  type QuoteCitationInput,
} from '../../src/lib/citation.ts';

const quote: QuoteCitationInput = {
  text: 'everything has changed',
  kind: 'direct',
  speaker: 'Kamran Gasanov',
  role: 'a political analyst at Russian International Affairs Council',
  certain: true,
  articleTitle: 'The Gaza war shows Russia and Iran have narrowed their differences',
  source: 'TRT World',
  published: new Date('2023-12-15'),
  url: 'https://s.example/articles/2023-12-15-russia-iran-gaza/#q-everything-has-changed',
};

describe('quote citations', () => {
  test('“…” — Speaker, role, in Title, Source, date, URL#anchor', () => {
    expect(quoteCitation(quote)).toBe(
      '“everything has changed” — Kamran Gasanov, a political analyst at Russian International Affairs Council, ' +
        'in The Gaza war shows Russia and Iran have narrowed their differences, TRT World, 15 December 2023, ' +
        'https://s.example/articles/2023-12-15-russia-iran-gaza/#q-everything-has-changed',
    );
  });

  test('an uncertain attribution is not cited as fact', () => {
    const text = quoteCitation({ ...quote, certain: false });
    expect(text).toContain(
      '— attributed to Kamran Gasanov, a political analyst at Russian International Affairs Council (uncertain), in ',
    );
    expect(text).not.toMatch(/— Kamran Gasanov/);
  });

  test('no speaker, no role, reported speech', () => {
    expect(quoteCitation({ ...quote, speaker: null, certain: false })).toMatch(
      /^“everything has changed” — speaker not identified, in /,
    );
    expect(quoteCitation({ ...quote, role: undefined })).toMatch(/— Kamran Gasanov, in The Gaza war/);
    expect(quoteCitation({ ...quote, kind: 'reported', text: 'Moscow has benefited' })).toMatch(
      /^Reported, not quoted: Moscow has benefited — Kamran Gasanov/,
    );
  });

  test('certain means high confidence, or an editor’s override', () => {
    expect(isCertain({ confidence: 'high', evidence: null })).toBe(true);
    expect(
      isCertain({
        confidence: 'medium',
        evidence: { how: 'pronoun', link: 'adjacent', cue: null, mention: null },
      }),
    ).toBe(false);
    expect(
      isCertain({
        confidence: 'low',
        evidence: { how: 'override', link: 'adjacent', cue: null, mention: null },
      }),
    ).toBe(true);
    expect(isCertain({ confidence: null, evidence: null })).toBe(false);
  });
});

describe('article citations', () => {
  const article = {
    slug: '2023-12-15-russia-iran-gaza',
    title: 'The Gaza war shows Russia & Iran have narrowed 50% of their differences',
    source: 'TRT World',
    authors: [],
    published: new Date('2023-12-15'),
    url: 'https://s.example/articles/2023-12-15-russia-iran-gaza/',
  };

  test('CSL-JSON: a newspaper article with the source as author, the date in parts, this page as URL', () => {
    expect(articleCsl(article)).toEqual({
      id: '2023-12-15-russia-iran-gaza',
      type: 'article-newspaper',
      title: article.title,
      'container-title': 'TRT World',
      author: [{ literal: 'TRT World' }],
      issued: { 'date-parts': [[2023, 12, 15]] },
      URL: article.url,
      language: 'en',
    });
    const named = articleCsl({
      ...article,
      authors: ['Murat Sofuoglu'],
      sourceUrl: 'https://www.trtworld.com/x',
    });
    expect(named.author).toEqual([{ family: 'Sofuoglu', given: 'Murat' }]);
    expect(named.note).toBe('Originally published at https://www.trtworld.com/x');
  });

  test('the three forms agree, and the BibTeX parses back to the same reference', () => {
    const { text, bibtex, csl } = articleCitations(article);
    expect(text).toBe(
      'TRT World. (2023, December 15). The Gaza war shows Russia & Iran have narrowed 50% of their differences. TRT World. https://s.example/articles/2023-12-15-russia-iran-gaza/',
    );
    expect(JSON.parse(csl)).toEqual([articleCsl(article)]);
    expect(bibtex).toMatch(/^@article\{/);
    expect(bibtex).toContain('\\&'); // LaTeX specials escaped
    expect(bibtex).toContain('\\%');
    const [back] = new Cite(bibtex).format('data', { format: 'object' }) as unknown as Record<
      string,
      unknown
    >[];
    expect(back!.title).toBe(article.title);
    expect(back!['container-title']).toBe('TRT World');
    expect(back!.URL).toBe(article.url);
    expect((back!.issued as { 'date-parts': number[][] })['date-parts'][0]!.slice(0, 2)).toEqual([2023, 12]);
  });

  test('APA names people by surname and initials, and joins several authors with &', () => {
    const text = articleCitations({ ...article, authors: ['Murat Sofuoglu', 'Ann-Marie Dahl Smith'] }).text;
    expect(text).toMatch(/^Sofuoglu, M\., & Smith, A\.-M\. D\. \(2023, December 15\)\. The Gaza war/);
  });

  test('the original address is named in the plain text', () => {
    expect(articleCitations({ ...article, sourceUrl: 'https://www.trtworld.com/x' }).text).toMatch(
      /Originally published at https:\/\/www\.trtworld\.com\/x$/,
    );
  });
});
