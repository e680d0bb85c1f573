/**
 * fallback-candidates.ts, fallback-speaker.ts and stages/fallback.ts: the learned last-resort speaker of a
 * direct quote the rules leave with none, its candidates, its threshold, and its confidence (always low).
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import { FALLBACK_SPEAKER_MODEL } from '../../../src/analysis/fallback-speaker-weights.ts';
import { fallbackProbability, type FallbackModel } from '../../../src/analysis/fallback-speaker.ts';
import type { FallbackObserved } from '../../../src/analysis/stages/fallback.ts';
import type { Quote } from '../../../src/analysis/types.ts';

const registry = { actors: [], conflicts: [] };
const OFF: FallbackModel = { bias: 0, threshold: 1, weights: {} };

/** The direct quotes of invented paragraphs, under the committed fallback model or another. */
function quotes(paragraphs: string[], model?: FallbackModel): Quote[] {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  const fallback = model ? { model } : {};
  return analyzeArticle({ file: 't.md', blocks }, registry, undefined, { fallback }).quotes.filter(
    (q) => q.kind === 'direct',
  );
}

/** A sentence subject with no verb of saying, then a quote of its own sentence with no cue. */
const NO_CUE = [
  'Ann Roe has long backed the plan and says so often. ' +
    '“We have waited long enough for this vote and we will not wait any longer.”',
];

/** The candidates the fallback weighs for each quote it guesses at: kind and mention span. */
function candidates(paragraphs: string[]): { source: string; paragraph: number; text: string }[][] {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  const seen: FallbackObserved[][] = [];
  analyzeArticle({ file: 't.md', blocks }, registry, undefined, {
    fallback: { observe: (_q, cands) => seen.push(cands) },
  });
  return seen.map((cands) =>
    cands.map((c) => ({
      source: Object.keys(c.features)
        .find((k) => k.startsWith('source:'))!
        .slice('source:'.length),
      paragraph: c.mention.paragraph,
      text: paragraphs[c.mention.paragraph - 1]!.slice(c.mention.start, c.mention.end),
    })),
  );
}

describe('fallback speaker', () => {
  test('gives a quote with no cue to the subject of the sentence before it, through that mention', () => {
    const [q] = quotes(NO_CUE);
    expect(q!.speaker.name).toBe('Ann Roe');
    expect(q!.method).toBe('fallback');
    expect(q!.evidence?.mention).toMatchObject({ paragraph: 1, start: 0, end: 7, text: 'Ann Roe' });
    expect(q!.evidence?.how).toBe('name');
  });

  test('a fallback guess is always low, however sure the model is', () => {
    const sure: FallbackModel = { ...FALLBACK_SPEAKER_MODEL, bias: 20 };
    for (const model of [undefined, sure]) expect(quotes(NO_CUE, model)[0]!.confidence).toBe('low');
  });

  test('abstains below the threshold, and with the model off', () => {
    const strict: FallbackModel = { ...FALLBACK_SPEAKER_MODEL, threshold: 0.9999 };
    for (const model of [strict, OFF]) {
      const [q] = quotes(NO_CUE, model);
      expect(q!.speaker.name).toBeNull();
      expect(q!.evidence).toBeNull();
      expect(q!.confidence).toBeNull();
    }
  });

  test('abstains when no mention near the quote can speak', () => {
    const [q] = quotes([
      'Rain fell all day and the boats stayed in. ' +
        '“The rain will not stop the boats from sailing out tomorrow morning.”',
    ]);
    expect(q!.speaker.name).toBeNull();
    expect(q!.method).toBeNull();
  });

  test('a name opening the sentence before a comma is a candidate, titles and all', () => {
    const [q] = quotes([
      'Former Ohio Gov. Tom Hale, for his part, is labeling the costs “a reckless waste of public money.”',
    ]);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.name).toBe('Tom Hale');
    expect(q!.confidence).toBe('low');
  });

  test('never guesses where the rules left a quote unnamed on purpose (an anonymous source)', () => {
    const [q] = quotes([
      'One tenant in Leeds, who asked not to be named, said her rent had doubled. ' +
        '“I work two jobs and I still cannot save a penny,” she said.',
    ]);
    // the pronoun goes on with the unnamed tenant (unnamed-antecedent.ts); no name is guessed
    expect(q!.speaker.name).toBeNull();
    expect([q!.speaker.description, q!.evidence?.mention?.text, q!.evidence?.link]).toEqual([
      'One tenant in Leeds',
      'she',
      'adjacent',
    ]);
  });

  test('a question put to a sentence’s subject by nobody named is not the one asked’s', () => {
    for (const text of [
      ['Ann Roe was asked, “Will you run again?”'],
      ['“We will win the seat back,” Ann Roe said.', 'She was asked, “Will you run again next year?”'],
    ]) {
      const q = quotes(text).find((x) => x.text.startsWith('Will'))!;
      expect([q.speaker.name, q.speaker.description ?? null]).toEqual([null, null]);
    }
  });

  test('never overrules the rules: a quote with a cue keeps its speaker and confidence', () => {
    const text = ['“We will not wait any longer,” said Ann Roe, the harbour master.'];
    const [ruled] = quotes(text, OFF);
    const [q] = quotes(text);
    expect(q).toEqual(ruled);
  });

  test('a pronoun right after the closing mark is a candidate (“he mocks”, a verb the rules lack)', () => {
    const [q] = quotes([
      'Tom Frank wrote a book about the party.',
      '“The market has not failed the workers,” he mocks. “The workers have failed the market.”',
    ]);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.name).toBe('Tom Frank');
    expect(q!.evidence?.mention).toMatchObject({ paragraph: 2, text: 'he' });
    expect(q!.confidence).toBe('low');
  });

  test('a name after the closing mark behind one word is a candidate ("“…,” agrees Mia Stone")', () => {
    const [q] = quotes([
      'Young people are hopeful.',
      '“Our ideas of success are very different from theirs,” agrees Mia Stone, 30, of Leeds.',
    ]);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.name).toBe('Mia Stone');
    expect(q!.confidence).toBe('low');
  });

  test('a name in the quote’s sentence before it, not its subject, is a candidate (“In the view of”)', () => {
    const [q] = quotes([
      'The council met.',
      'In the view of Ann Roe, “the plan is a failure from start to finish and must go.”',
    ]);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.name).toBe('Ann Roe');
    expect(q!.evidence?.mention).toMatchObject({ paragraph: 2, text: 'Ann Roe' });
    expect(q!.confidence).toBe('low');
  });

  test('a name modifying the subject’s noun, or a label before a colon, is no candidate', () => {
    const [modifier] = quotes([
      'The Harbourside arts festival opens on Friday with a programme its organisers describe as ' +
        '“the boldest in our long history”, including an opera in a pool.',
    ]);
    expect(modifier!.speaker.name).toBeNull();
    const [label] = quotes(['Lisbon: “Closed for good, and thanks for everything over the years.”']);
    expect(label!.speaker.name).toBeNull();
  });

  test('a lone word first met opening its sentence is no candidate, read as subject or as opening', () => {
    const text = [
      'The rules are clear.',
      'Rain, for the farmers, is “a blessing and a curse at the same time.”',
    ];
    const got = candidates(text)
      .flat()
      .map((c) => c.text);
    expect(got).not.toContain('Rain');
    expect(quotes(text)[0]!.speaker.name).toBeNull();
  });

  test('a lone name met for the first time is a candidate inside its sentence (“For Kell, …”)', () => {
    const [q] = quotes([
      'The council met.',
      'For Kell, “the plan is a failure from start to finish and must go.”',
    ]);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.name).toBe('Kell');
    expect(q!.confidence).toBe('low');
  });

  test('a name on a dash line after a quote that ends its paragraph is a candidate (a byline)', () => {
    const [q] = quotes([
      'The sale of the harbour split the town.',
      '“We will not stand by while the harbour is sold off to the highest bidder.”',
      '— Ann Roe, harbour master.',
    ]);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.name).toBe('Ann Roe');
    expect(q!.evidence?.mention).toMatchObject({ paragraph: 3, text: 'Ann Roe' });
    expect(q!.confidence).toBe('low');
  });

  test('a dash line with no name after a quote is no byline', () => {
    const [q] = quotes([
      'The sale of the harbour split the town.',
      '“We will not stand by while the harbour is sold off to the highest bidder.”',
      '— and the vote is due in May.',
    ]);
    expect(q!.speaker.name).toBeNull();
    expect(q!.evidence).toBeNull();
  });

  test('“who” after a phrase is a candidate, shown as the pronoun and resolved to the phrase', () => {
    const text = [
      'The council met.',
      'The vote split the town, and members of the harbour board, who highlighted remarks the mayor ' +
        'made in May, warned the sale would be “a sham from start to finish.”',
    ];
    expect(candidates(text)[0]).toContainEqual({ source: 'relative', paragraph: 2, text: 'who' });
    const [q] = quotes(text);
    expect(q!.method).toBe('fallback');
    expect(q!.speaker.description).toBe('members of the harbour board');
    expect(q!.evidence?.mention).toMatchObject({ paragraph: 2, text: 'who' });
    expect(q!.confidence).toBe('low');
  });

  test('a “who” the rules read as a cue’s subject is theirs, no candidate (left unnamed on purpose)', () => {
    const text = [
      'One tenant in Leeds, who asked not to be named, said the rent was “the worst I have seen in years”.',
    ];
    expect(candidates(text).flat()).toEqual([]);
    expect(quotes(text)[0]!.speaker.name).toBeNull();
  });

  test.each([
    [
      'a verb of saying in any form (“led the board to say”)',
      'The row led the harbour board to say the sale was “a sham from start to finish and a waste of money.”',
      'the harbour board',
    ],
    [
      'a verb a document says with (“the charter affirms”)',
      'Article 9 of the charter affirms: “No member shall be expelled without a hearing before the board.”',
      'Article 9 of the charter',
    ],
    [
      'a verb of saying, with the head before "of" ("members of the board")',
      'The row led members of the harbour board to say the sale was “a sham from start to end, and costly.”',
      'members of the harbour board',
    ],
    [
      'a verb of saying, without a preposition\'s head ("because of the board")',
      'The row grew because of the board saying the sale was “a sham from start to end, and costly.”',
      'the board',
    ],
  ])('the phrase before %s is a candidate and the guess', (_name, sentence, phrase) => {
    const text = ['The council met.', sentence];
    expect(candidates(text)[0]).toContainEqual({ source: 'verb-phrase', paragraph: 2, text: phrase });
    const [q] = quotes(text);
    expect([q!.method, q!.confidence, q!.speaker.description]).toEqual(['fallback', 'low', phrase]);
  });

  test('a word that ends no noun phrase before a verb of saying is no candidate (“has also told”)', () => {
    const text = [
      'The council met.',
      'The board has also told the mayor the sale is “a sham from start to end.”',
    ];
    expect(
      candidates(text)
        .flat()
        .map((c) => c.text),
    ).not.toContain('also');
  });

  test('a short partial quote takes candidates from its own sentence only', () => {
    const long = [
      'Tom Kell spoke first.',
      'The vote was close.',
      'The harbour will “slip through the cracks of the plan.”',
    ];
    expect(candidates(long)[0]).toContainEqual({ source: 'subject', paragraph: 2, text: 'The vote' });
    const short = [
      'Tom Kell spoke first.',
      'The vote was close.',
      'The harbour will “slip through the cracks.”',
    ];
    expect(
      candidates(short)
        .flat()
        .filter((c) => c.paragraph !== 3),
    ).toEqual([]);
  });

  test('the probability is the logistic of the bias plus the weighted features', () => {
    const model: FallbackModel = { bias: -1, threshold: 0.5, weights: { near: 2 } };
    expect(fallbackProbability({}, model)).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(fallbackProbability({ near: 1, unheard: 5 }, model)).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });
});
