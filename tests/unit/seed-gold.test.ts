import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { normQuotes } from '../../src/analysis/text.ts';
import { projectRegistry, seedBlocks, sharedDir } from './helpers.ts';

interface Gold {
  subheading: string;
  paragraphs: string[];
  mentions: { paragraph: number; actors: string[]; conflicts: string[] }[];
  quotes: { paragraph: number; text: string; speaker: string }[];
  reported: { paragraph: number; speaker: string; fragment: string }[];
}
const gold = JSON.parse(fs.readFileSync(path.join(sharedDir, 'gold/seed-analysis.json'), 'utf8')) as Gold;
const mentionRows: [number, Gold['mentions'][number]][] = gold.mentions.map((m) => [m.paragraph, m]);
const quoteRows: [number, string, Gold['quotes'][number]][] = gold.quotes.map((q) => [
  q.paragraph,
  q.text.slice(0, 40),
  q,
]);
const reportedRows: [number, string, Gold['reported'][number]][] = gold.reported.map((r) => [
  r.paragraph,
  r.fragment,
  r,
]);
const { blocks } = seedBlocks(gold.subheading);
const a = analyzeArticle(
  { file: 'content/articles/2023-12-15-russia-iran-gaza.md', blocks },
  projectRegistry,
);
const norm = (s: string) => normQuotes(s).replace(/\s+/g, ' ').trim();

describe('seed article against the gold analysis', () => {
  test('paragraphs are the gold paragraphs', () => {
    expect(a.paragraphs.map((p) => norm(p.text))).toEqual(gold.paragraphs.map(norm));
    expect(a.headings.map((h) => h.text)).toEqual([gold.subheading]);
  });

  test.each(mentionRows)('mentions of paragraph %i', (_p, m) => {
    const got = a.mentions.find((x) => x.paragraph === m.paragraph)!;
    expect(new Set(got.actors)).toEqual(new Set(m.actors));
    expect(new Set(got.conflicts)).toEqual(new Set(m.conflicts));
  });

  test.each(quoteRows)('quote in paragraph %i: %s', (_p, _t, q) => {
    const found = a.quotes.find(
      (x) => x.kind === 'direct' && x.paragraph === q.paragraph && norm(x.text) === norm(q.text),
    );
    expect(found, `quote "${q.text}"`).toBeDefined();
    expect(found!.speaker.id).toBe(q.speaker);
  });

  test('exactly the nine gold direct quotes, no scare quotes', () => {
    expect(a.quotes.filter((q) => q.kind === 'direct')).toHaveLength(gold.quotes.length);
    expect(a.quotes.filter((q) => q.kind === 'scare')).toHaveLength(0);
  });

  test.each(reportedRows)('reported in paragraph %i: %s', (_p, _f, r) => {
    const found = a.quotes.find(
      (x) =>
        x.kind === 'reported' &&
        x.paragraph === r.paragraph &&
        x.speaker.id === r.speaker &&
        norm(x.text).includes(norm(r.fragment)),
    );
    expect(found).toBeDefined();
  });

  test('no warnings, no unregistered speakers', () => {
    expect(a.warnings).toEqual([]);
    expect(a.unregistered).toEqual([]);
  });

  test('anchors and quote ids are readable and unique', () => {
    expect(a.paragraphs[0]!.anchor).toBe('russia-and-iran-have-been');
    expect(a.headings[0]!.anchor).toBe('gaza-distracts-the-western-focus-on-ukraine');
    expect(a.quotes.find((q) => q.text === 'everything has changed')!.id).toBe('q-everything-has-changed');
    const all = [
      ...a.paragraphs.map((p) => p.anchor),
      ...a.headings.map((h) => h.anchor),
      ...a.quotes.map((q) => q.id),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});
