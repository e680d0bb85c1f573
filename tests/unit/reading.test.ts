/**
 * What readers are told and in what order: attribution words, the site's one order for people,
 * chart shades and their legend, plurals, and the per-paragraph facts that search filters by.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Quote } from '../../src/analysis/types.ts';
import { aggregate } from '../../src/lib/aggregate.ts';
import {
  attributionSentence,
  attributionWords,
  bylineWho,
  doubtNote,
  speakerLine,
} from '../../src/lib/attribution.ts';
import { actorSummary, conflictSummary } from '../../src/lib/entities.ts';
import { plural } from '../../src/lib/format.ts';
import { actorsInOrder, byProminence, rankedWith } from '../../src/lib/order.ts';
import { quoteResultWords, searchFacets } from '../../src/lib/search-facets.ts';
import { shadeLegend, shadeLevel } from '../../src/lib/shades.ts';
import { addQuotedWords, voicesByAffiliation } from '../../src/lib/voices.ts';
import type { Registry } from '../../src/registry/schema.ts';

const registry: Registry = {
  actors: [
    { id: 'ruritania', name: 'Ruritania', kind: 'state', aliases: ['Ruritania', 'Strelsau'] },
    { id: 'borduria', name: 'Borduria', kind: 'state', aliases: ['Borduria'] },
    {
      id: 'ada-byrne',
      name: 'Ada Byrne',
      kind: 'person',
      aliases: ['Ada Byrne', 'Byrne'],
      role: 'a trade analyst',
      affiliation: 'ruritania',
      gender: 'female',
    },
    { id: 'cy-dole', name: 'Cy Dole', kind: 'person', aliases: ['Cy Dole', 'Dole'], affiliation: 'borduria' },
  ],
  conflicts: [{ id: 'border-war', name: 'Border war', kind: 'conflict', aliases: ['border war'] }],
};
const analysis = analyzeArticle(
  {
    file: 'a.md',
    blocks: [
      { kind: 'paragraph', text: 'Ruritania and Borduria traded fire on Monday. The border war goes on.' },
      { kind: 'paragraph', text: '“We will not give up an inch,” Byrne said of Ruritania.' },
      { kind: 'paragraph', text: 'Borduria was silent. “Talks are over,” said Cy Dole in Borduria.' },
      { kind: 'paragraph', text: 'Borduria closed the road. Ruritania did not.' },
    ],
  },
  registry,
);
const site = {
  ...aggregate([{ slug: 'a', title: 'A', published: new Date('2024-01-02'), analysis }], registry),
  registry,
  actorById: new Map(registry.actors.map((a) => [a.id, a])),
  conflictById: new Map(registry.conflicts.map((c) => [c.id, c])),
};

describe('attribution words', () => {
  const q = (how: NonNullable<Quote['evidence']>['how'], confidence: Quote['confidence']) => ({
    evidence: { how, link: 'adjacent' as const, cue: null, mention: null },
    confidence,
  });

  test('a high-confidence attribution reads as fact', () => {
    expect(attributionWords(q('name', 'high'))).toMatchObject({
      certain: true,
      lead: 'Said by',
      qualifier: null,
    });
    expect(speakerLine('John Kirby', q('name', 'high'))).toBe('John Kirby');
    expect(attributionSentence('John Kirby', q('name', 'high'))).toBe('Said by John Kirby');
  });

  test.each([
    ['pronoun', 'medium', 'Probably said by X, attributed by pronoun; uncertain'],
    ['description', 'medium', 'Probably said by X, attributed by description; uncertain'],
    [
      'continuation',
      'low',
      'Possibly said by X, attributed as the continuation of an earlier quote; uncertain',
    ],
    ['organisation', 'low', 'Possibly said by X, attributed to the organisation; uncertain'],
  ] as const)('by %s at %s confidence it says how, and that it is uncertain', (how, confidence, sentence) => {
    expect(attributionSentence('X', q(how, confidence))).toBe(sentence);
    expect(speakerLine('X', q(how, confidence))).toMatch(/^X \(.+; uncertain\)$/);
  });

  test('a guessed speaker (no cue ties the quote to anyone) is said to be a guess, whatever the mention', () => {
    const guess = { evidence: { how: 'name' as const, link: 'guess' as const, cue: null, mention: null } };
    expect(attributionSentence('X', { ...guess, confidence: 'low' })).toBe(
      'Possibly said by X, a guess from the sentences around it; uncertain',
    );
  });

  test('a byline after the words names the speaker as fact only when sure', () => {
    expect(bylineWho('X', q('name', 'high'))).toBe('X');
    expect(bylineWho('X', q('pronoun', 'medium'))).toBe('probably X');
    expect(bylineWho('X', q('organisation', 'low'))).toBe('possibly X');
  });

  test('a count of attributions says how many are uncertain', () => {
    expect(doubtNote([q('name', 'high'), q('name', 'high')])).toBe('');
    expect(doubtNote([q('pronoun', 'medium')])).toBe(' (uncertain)');
    expect(doubtNote([q('pronoun', 'low'), q('name', 'medium')])).toBe(' (all uncertain)');
    expect(doubtNote([q('pronoun', 'low'), q('name', 'high'), q('name', 'medium')])).toBe(' (2 uncertain)');
  });

  test('no speaker, no claim', () => {
    expect(speakerLine(null, { evidence: null, confidence: null })).toBe('Speaker not identified');
    expect(attributionSentence(undefined, { evidence: null, confidence: null })).toBe(
      'Speaker not identified',
    );
  });
});

describe('the one order for people', () => {
  test('most named first, then most quoted, then by name', () => {
    const rows = [
      { name: 'B', paragraphs: 2, quotes: 0 },
      { name: 'A', paragraphs: 2, quotes: 0 },
      { name: 'C', paragraphs: 2, quotes: 3 },
      { name: 'D', paragraphs: 5, quotes: 0 },
    ];
    expect(rows.sort(byProminence).map((r) => r.name)).toEqual(['D', 'C', 'A', 'B']);
  });

  test('actors, the voices by affiliation and "named with" lists agree', () => {
    const order = actorsInOrder(site.actors.values()).map((a) => a.id);
    expect(order.slice(0, 2)).toEqual(['borduria', 'ruritania']); // 3 paragraphs each; B before R
    const groups = voicesByAffiliation(site).map((r) => r.id);
    // Both groups in the same order as their actors.
    expect(groups).toEqual(order.filter((id) => groups.includes(id)));
    const withBorduria = rankedWith(site.actors.get('borduria')!.coActors, site).map((c) => c.id);
    expect(withBorduria[0]).toBe('ruritania'); // 2 shared paragraphs
  });
});

describe('quoted words', () => {
  test('words attributed without certainty are counted apart, as part of the total', () => {
    let count = addQuotedWords(undefined, { text: 'we will not give up', confidence: 'high' });
    count = addQuotedWords(count, { text: 'talks are over', confidence: 'medium' });
    count = addQuotedWords(count, { text: 'never', confidence: 'low' });
    expect(count).toEqual({ words: 9, uncertain: 4 });
  });

  test('the voices by affiliation carry the uncertain part of each group', () => {
    expect(voicesByAffiliation(site).every((r) => r.uncertain === 0)).toBe(true); // all sure here
    const first = site.quotes[0]!;
    const doubted = {
      ...site,
      quotes: [{ ...first, quote: { ...first.quote, confidence: 'low' as const } }],
    };
    const [row] = voicesByAffiliation(doubted);
    expect(row).toMatchObject({ words: first.quote.text.split(/\s+/).length });
    expect(row!.uncertain).toBe(row!.words);
  });
});

describe('chart shades', () => {
  test('four levels from the largest count, zero apart', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 10].map((n) => shadeLevel(n, 10))).toEqual([0, 1, 1, 2, 2, 2, 4, 4]);
    expect(shadeLevel(1, 1)).toBe(4);
  });
  test('the legend names the counts of each level', () => {
    expect(shadeLegend(10).map((s) => s.label)).toEqual(['0', '1–2', '3–5', '6–7', '8–10']);
    expect(shadeLegend(2).map((s) => s.label)).toEqual(['0', '1', '2']);
  });
});

describe('words', () => {
  test('plurals', () => {
    expect(plural(1, 'paragraph')).toBe('1 paragraph');
    expect(plural(0, 'quote')).toBe('0 quotes');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
  test('an actor and a conflict as sentences for search', () => {
    expect(actorSummary(site.actors.get('ada-byrne')!, 'Ruritania')).toBe(
      ', a trade analyst (Ruritania): named in 1 paragraph, quoted directly once.',
    );
    const byrne = site.actors.get('ada-byrne')!;
    const doubted = {
      ...byrne,
      quotes: byrne.quotes.map((r) => ({ ...r, quote: { ...r.quote, confidence: 'medium' as const } })),
    };
    expect(actorSummary(doubted, 'Ruritania')).toMatch(/quoted directly once \(uncertain\)\.$/);
    expect(actorSummary(site.actors.get('borduria')!)).toBe(
      ', a state: named in 3 paragraphs, not quoted directly.',
    );
    expect(conflictSummary(site.conflicts.get('border-war')!)).toBe(
      ': discussed in 1 paragraph, with 0 direct quotes in them.',
    );
  });
});

describe('search facets of an article', () => {
  const facets = searchFacets(analysis, site);
  const names = (list: number[]) => list.map((i) => facets.names[i]);

  test('each paragraph lists the actors and conflicts it names, by the names the filters use', () => {
    const first = facets.anchors[analysis.paragraphs[0]!.anchor]!;
    expect(names(first.a).sort()).toEqual(['Borduria', 'Ruritania']);
    expect(names(first.c)).toEqual(['Border war']);
    expect(first.s).toBeUndefined();
  });

  test('each quote has its speaker and its paragraph', () => {
    const dole = analysis.quotes.find((q) => q.kind === 'direct' && q.speaker.id === 'cy-dole')!;
    const entry = facets.anchors[dole.anchor]!;
    expect(facets.names[entry.s!]).toBe('Cy Dole');
    expect(entry.p).toBe(analysis.paragraphs[2]!.anchor);
    expect(names(entry.a)).toContain('Cy Dole');
  });

  test("a quote result's title states the speaker as fact only at high confidence", () => {
    const dole = analysis.quotes.find((q) => q.kind === 'direct' && q.speaker.id === 'cy-dole')!;
    const as = (confidence: Quote['confidence']) => quoteResultWords(site, { ...dole, confidence }).title;
    expect(as('high')).toMatch(/” — Cy Dole$/);
    expect(as('medium')).toMatch(/” — probably Cy Dole$/);
    expect(as('low')).toMatch(/” — possibly Cy Dole$/);
  });
});
