import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { toExport } from '../../src/analysis/export.ts';
import { parseArticleFile, toArticleInput } from '../../src/markdown/extract.ts';
import { fixtureRegistry, projectRoot } from './helpers.ts';

const file = path.join(projectRoot, 'tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md');
const a = analyzeArticle(
  toArticleInput(parseArticleFile(file, 'tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md')),
  fixtureRegistry,
);
const rows = a.quotes.map((q) => [q.paragraph, q.kind, q.speaker.id ?? q.speaker.name, q.text.slice(0, 24)]);

describe('fixture article (Nile dam talks)', () => {
  test('quotes, kinds and speakers', () => {
    expect(rows).toEqual([
      [2, 'direct', 'tesfaye-alemu', 'We came with open hands,'],
      [3, 'reported', 'egyptian-foreign-ministry', 'Ethiopia had "ignored ev'],
      [3, 'direct', 'egyptian-foreign-ministry', 'ignored every proposal'],
      [4, 'reported', 'Samira Haddad', 'the filling of the reser'],
      [5, 'direct', 'Samira Haddad', 'Every season without a d'],
      [7, 'scare', null, 'water war'],
      [7, 'scare', null, 'The River Between Us'],
      [8, 'direct', 'Abdel Karim Osman', 'The water is ours too,'],
      [8, 'reported', 'Abdel Karim Osman', 'his fields had dried out'],
      [9, 'reported', 'Abdel Karim Osman', 'the price of seed had do'],
      [10, 'direct', 'tesfaye-alemu', 'Let us talk again in Jun'],
      [10, 'reported', 'tesfaye-alemu', 'Ethiopia would not stop '],
    ]);
  });

  test('split quote has two parts, multi-paragraph quote spans two paragraphs', () => {
    expect(a.quotes[0]!.parts).toHaveLength(2);
    expect(a.quotes.find((q) => q.text.startsWith('Every season'))!.parts.map((p) => p.paragraph)).toEqual([
      5, 6,
    ]);
  });

  test('mentions: "us" is not the US, demonyms and capitals count', () => {
    expect(a.mentions.map((m) => m.actors)).toEqual([
      ['egypt', 'ethiopia'],
      ['tesfaye-alemu', 'ethiopia'],
      ['egypt', 'egyptian-foreign-ministry', 'ethiopia'],
      ['egypt', 'sudan'],
      [],
      ['egypt'],
      ['egypt'],
      ['sudan'],
      [],
      ['tesfaye-alemu', 'ethiopia'],
    ]);
    expect(a.mentions[0]!.conflicts).toEqual(['nile-dam-dispute']);
  });

  test('unregistered speakers with roles', () => {
    expect(a.unregistered).toEqual([
      { name: 'Samira Haddad', role: 'a hydrologist at Cairo University', paragraphs: [4, 5] },
      { name: 'Abdel Karim Osman', role: 'a farmer near Khartoum', paragraphs: [8, 9] },
    ]);
    expect(
      a.warnings.every((w) => w.startsWith('tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md: ')),
    ).toBe(true);
  });

  test('export shape', () => {
    const e = toExport(a);
    expect(Object.keys(e)).toEqual(['file', 'paragraphs', 'mentions', 'quotes']);
    expect(Object.keys(e.quotes[0]!)).toEqual([
      'id',
      'text',
      'speaker',
      'kind',
      'paragraph',
      'anchor',
      'confidence',
      'evidence',
    ]);
    const attributed = e.quotes.find((q) => q.speaker.name)!;
    expect(attributed.confidence).toMatch(/^(high|medium|low)$/);
    const mention = attributed.evidence!.mention!;
    expect(a.paragraphs[mention.paragraph - 1]!.text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(e.paragraphs[0]).toEqual({
      anchor: 'talks-between-egypt-and-ethiopia',
      text: a.paragraphs[0]!.text,
    });
  });
});
