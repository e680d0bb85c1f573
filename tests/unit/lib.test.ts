import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { aggregate, locateName, sentenceAround, speakerPageId, wordCount } from '../../src/lib/aggregate.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { formatDate, readingMinutes } from '../../src/lib/format.ts';
import { articleAnalysisView } from '../../src/lib/article-analysis-view.ts';
import { quotesBySpeaker } from '../../src/lib/quote-ledger.ts';
import { quoteHeading, quoteSpeaker } from '../../src/lib/quote-speaker.ts';
import { actorProfile } from '../../src/lib/actor-profile.ts';
import { frontPageView } from '../../src/lib/front-page.ts';
import { articleCounts } from '../../src/lib/article-counts.ts';
import { articleFilterValues, searchFacetsText } from '../../src/lib/search-facets.ts';
import { topAffiliation, voicesByAffiliation } from '../../src/lib/voices.ts';
import type { Actor, Registry } from '../../src/registry/schema.ts';

const registry: Registry = {
  actors: [
    { id: 'ruritania', name: 'Ruritania', kind: 'state', aliases: ['Ruritania', 'Strelsau'] },
    { id: 'borduria', name: 'Borduria', kind: 'state', aliases: ['Borduria'] },
    {
      id: 'ministry',
      name: 'Ruritanian Ministry',
      kind: 'government body',
      aliases: ['Ruritanian ministry'],
      affiliation: 'ruritania',
    },
    {
      id: 'ada-byrne',
      name: 'Ada Byrne',
      kind: 'person',
      aliases: ['Ada Byrne', 'Byrne'],
      affiliation: 'ministry',
      gender: 'female',
    },
    // An id an unregistered speaker's slug would take: the page id must not collide with it.
    { id: 'tom-hale', name: 'Tom Hale (registered namesake)', kind: 'person', aliases: ['Thomas Hale'] },
  ],
  conflicts: [{ id: 'border-war', name: 'Border war', kind: 'conflict', aliases: ['border war'] }],
};

const text = (paragraphs: string[]) => paragraphs.map((t) => ({ kind: 'paragraph' as const, text: t }));
const one = analyzeArticle(
  {
    file: 'a.md',
    blocks: text([
      'Ruritania and Borduria traded fire on Monday. The border war is in its third year.',
      '“We will not give up an inch,” Byrne said of Ruritania.',
      '“Nobody wins this,” said Tom Hale, a farmer near the border.',
    ]),
  },
  registry,
);
const two = analyzeArticle(
  { file: 'b.md', blocks: text(['Borduria said nothing. Ruritania waited.']) },
  registry,
);
const site = aggregate(
  [
    { slug: 'a', title: 'A', published: new Date('2024-01-02'), analysis: one },
    { slug: 'b', title: 'B', published: new Date('2024-01-03'), analysis: two },
  ],
  registry,
);

describe('aggregate', () => {
  test('counts paragraphs per actor across articles, newest article first', () => {
    expect(site.articles.map((a) => a.slug)).toEqual(['b', 'a']);
    expect(site.actors.get('ruritania')!.mentionCount).toBe(3);
    expect(site.actors.get('borduria')!.mentionCount).toBe(2);
    expect(site.conflicts.get('border-war')!.mentionCount).toBe(1);
  });

  test('co-mentions are weighted by shared paragraphs', () => {
    expect(site.actors.get('ruritania')!.coActors.find((c) => c.id === 'borduria')!.count).toBe(2);
    expect(
      site.conflicts
        .get('border-war')!
        .coActors.map((c) => c.id)
        .sort(),
    ).toEqual(['borduria', 'ruritania']);
  });

  test('quotes go to their speaker, with quoted words counted', () => {
    const byrne = site.actors.get('ada-byrne')!;
    expect(byrne.quotes.map((q) => q.quote.text)).toEqual(['We will not give up an inch,']);
    expect(byrne.quotedWords).toBe(7);
  });

  test('an unregistered speaker gets a page id that does not collide with a registry id', () => {
    const id = site.unregisteredIds.get('Tom Hale')!;
    expect(id).toBe('tom-hale-2');
    const hale = site.actors.get(id)!;
    expect(hale.registered).toBe(false);
    expect(hale.unregistered?.role).toBe('a farmer near the border');
    expect(hale.quotes).toHaveLength(1);
    expect(hale.mentionCount).toBe(1);
    expect(
      hale.mentions[0]!.sentence.slice(hale.mentions[0]!.highlight.start, hale.mentions[0]!.highlight.end),
    ).toBe('Tom Hale');
    const quote = one.quotes.find((q) => q.speaker.name === 'Tom Hale')!;
    expect(speakerPageId(site, quote)).toBe('tom-hale-2');
  });

  test('mention contexts are the sentence around the mention', () => {
    const war = site.conflicts.get('border-war')!.mentions[0]!;
    expect(war.sentence).toBe('The border war is in its third year.');
    expect(war.sentence.slice(war.highlight.start, war.highlight.end)).toBe('border war');
  });
});

describe('helpers', () => {
  test.each([
    ['One. Two words here. Three.', 5, 9, 'Two words here.'],
    ['No full stop at all', 3, 7, 'No full stop at all'],
    ['He said: “Go.” Then he left.', 0, 2, 'He said: “Go.”'],
  ])('sentenceAround(%j)', (t, start, end, sentence) => {
    expect(sentenceAround(t, start, end).sentence).toBe(sentence);
  });

  test('locateName falls back to the surname', () => {
    expect(locateName('Later, Hale said no.', 'Tom Hale')).toEqual({ start: 7, end: 11 });
    expect(locateName('Nobody here.', 'Tom Hale')).toBeUndefined();
  });

  test('topAffiliation follows the chain to the top and survives a cycle', () => {
    const map = new Map<string, Actor>(registry.actors.map((a) => [a.id, a]));
    expect(topAffiliation('ada-byrne', map)).toBe('ruritania');
    map.set('ruritania', { ...map.get('ruritania')!, affiliation: 'ada-byrne' });
    expect(['ada-byrne', 'ministry', 'ruritania']).toContain(topAffiliation('ada-byrne', map));
  });

  test('voices by affiliation group quoted words under the top affiliation', () => {
    const rows = voicesByAffiliation({ ...site, actorById: new Map(registry.actors.map((a) => [a.id, a])) });
    const ruritania = rows.find((r) => r.id === 'ruritania')!;
    expect(ruritania.words).toBe(7);
    expect(ruritania.speakers).toEqual(['Ada Byrne']);
  });

  test('CSV quotes fields and defuses spreadsheet formulas', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', '=1+1']])).toBe('a,"b,c","say ""hi""",\'=1+1\r\n');
  });

  test('dates and reading time', () => {
    expect(formatDate(new Date('2023-12-15'))).toBe('15 December 2023');
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('')).toBe(1);
    expect(wordCount('  two  words ')).toBe(2);
  });
});

describe('page views', () => {
  const full = {
    ...site,
    actorById: new Map(registry.actors.map((a) => [a.id, a])),
    conflictById: new Map(registry.conflicts.map((c) => [c.id, c])),
  };

  test('the quote ledger groups quotes by speaker, says who they are, and counts their words', () => {
    const groups = quotesBySpeaker(full);
    expect(groups.map((g) => [g.id, g.name, g.quotes.length, g.words.words])).toEqual([
      ['ada-byrne', 'Ada Byrne', 1, 7],
      ['tom-hale-2', 'Tom Hale', 1, 3],
    ]);
    expect(groups[0]!.affiliation).toEqual({ id: 'ministry', name: 'Ruritanian Ministry' });
    expect(groups[1]!.role).toBe('a farmer near the border');
    expect(groups[1]!.affiliation).toBeUndefined();
  });

  test('the quote ledger puts quotes with no identified speaker last, under one heading', () => {
    const lone = analyzeArticle(
      { file: 'c.md', blocks: text(['“It cannot last,” a voice in the crowd shouted.']) },
      registry,
    );
    const withUnknown = aggregate(
      [
        { slug: 'a', title: 'A', published: new Date('2024-01-02'), analysis: one },
        { slug: 'c', title: 'C', published: new Date('2024-01-04'), analysis: lone },
      ],
      registry,
    );
    const groups = quotesBySpeaker({ ...withUnknown, actorById: full.actorById });
    expect(groups.at(-1)).toMatchObject({ id: '', name: 'Speaker not identified' });
    expect(groups.at(-1)!.quotes.map((q) => q.quote.text)).toEqual(['It cannot last,']);
  });

  test("an article's analysis panel counts paragraphs per actor and words per speaker, most named first", () => {
    const view = articleAnalysisView(one, full);
    expect(view.actors[0]).toEqual({ id: 'ruritania', name: 'Ruritania', paragraphs: 2 });
    expect(view.conflicts).toEqual([{ id: 'border-war', name: 'Border war', paragraphs: 1 }]);
    expect(view.quotes).toHaveLength(2);
    expect(view.voices.map((v) => [v.name, v.words, v.quotes])).toEqual([
      ['Ada Byrne', 7, 1],
      ['Tom Hale', 3, 1],
    ]);
  });

  test("a quote's speaker: registered name, page and role; an unregistered speaker's own page and role", () => {
    const [byrne, hale] = one.quotes.filter((q) => q.kind === 'direct');
    const b = quoteSpeaker(full, byrne!);
    expect(b).toMatchObject({ who: 'Ada Byrne', shown: 'Ada Byrne', pageId: 'ada-byrne', certain: true });
    expect([b.byline, quoteHeading(b)]).toEqual(['Ada Byrne', 'Quote by Ada Byrne']);
    const h = quoteSpeaker(full, hale!);
    expect(h).toMatchObject({ who: 'Tom Hale', pageId: 'tom-hale-2', role: 'a farmer near the border' });
  });

  test('a guessed speaker is never stated as fact, and a missing one is said to be missing', () => {
    const guess = quoteSpeaker(full, { ...one.quotes[0]!, confidence: 'low' });
    expect(guess.byline).toBe('possibly Ada Byrne');
    expect(quoteHeading(guess)).toBe('Quote possibly by Ada Byrne');
    const none = quoteSpeaker(full, {
      ...one.quotes[0]!,
      speaker: { id: null, name: null, registered: false },
    });
    expect([none.who, none.shown, none.byline]).toEqual([
      null,
      'Speaker not identified',
      'Speaker not identified',
    ]);
    expect(quoteHeading(none)).toBe('Quote, speaker not identified');
  });
  test("an actor's profile: affiliation, members, counts with their doubt, and who is named alongside", () => {
    const ministry = actorProfile(full, full.actors.get('ministry')!);
    expect(ministry.affiliation).toEqual({ id: 'ruritania', name: 'Ruritania' });
    expect(ministry.members).toEqual([{ id: 'ada-byrne', name: 'Ada Byrne' }]);
    const byrne = actorProfile(full, full.actors.get('ada-byrne')!);
    expect(byrne.counts).toBe('1 paragraph · 1 direct quote · 0 reported statements');
    expect(byrne.alongside).toEqual([{ id: 'ruritania', name: 'Ruritania', count: 1 }]);
    expect(byrne.description).toBe(
      'Ada Byrne: named in 1 paragraph and quoted 1 time, with where it is named in each article.',
    );
    const unsure = { ...full.actors.get('ada-byrne')! };
    unsure.quotes = unsure.quotes.map((r) => ({ ...r, quote: { ...r.quote, confidence: 'low' as const } }));
    expect(actorProfile(full, unsure).counts).toBe(
      '1 paragraph · 1 direct quote (uncertain) · 0 reported statements',
    );
  });
  test('the front page: latest quotes with their speakers, most named actors, conflicts that are named', () => {
    const view = frontPageView(full);
    expect(view.latestQuotes.map((q) => [q.quote.text, q.said.who])).toEqual([
      ['We will not give up an inch,', 'Ada Byrne'],
      ['Nobody wins this,', 'Tom Hale'],
    ]);
    expect(view.topActors.map((a) => a.id)).toEqual(['ruritania', 'borduria', 'ada-byrne', 'tom-hale-2']);
    expect(view.conflicts.map((c) => c.id)).toEqual(['border-war']);
  });
  test("an article's numbers and its search filters, by name", () => {
    expect(articleCounts(one)).toEqual({ paragraphs: 3, quotes: 2, actors: 3, minutes: 1 });
    expect(articleFilterValues(one, full)).toEqual({
      actor: ['Ruritania', 'Borduria', 'Ada Byrne'],
      conflict: ['Border war'],
      speaker: ['Ada Byrne', 'Tom Hale'],
    });
  });

  test('the search facets, as an element text, cannot open markup whatever a name holds', () => {
    const hostile = {
      ...full,
      actorById: new Map(full.actorById).set('ada-byrne', {
        ...full.actorById.get('ada-byrne')!,
        name: '</span><script>alert(1)</script>&amp;',
      }),
      actors: new Map(full.actors).set('ada-byrne', {
        ...full.actors.get('ada-byrne')!,
        name: '</span><script>alert(1)</script>&amp;',
      }),
    };
    const text = searchFacetsText(one, hostile);
    expect(text).not.toMatch(/[<&]/);
    expect(JSON.stringify(JSON.parse(text))).toContain('</span><script>alert(1)</script>&amp;');
  });
});
