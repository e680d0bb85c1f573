/**
 * speaker-ranking.ts: the cues that could attribute a quote, their features, and the learned model that
 * may overrule the rules' pick.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import { candidateScore, type RankingModel } from '../../../src/analysis/speaker-ranking.ts';
import { SPEAKER_RANKING_MODEL } from '../../../src/analysis/speaker-ranking-weights.ts';
import type { RankedCandidate } from '../../../src/analysis/stages/attribution.ts';

const registry = { actors: [], conflicts: [] };
const RULES_ONLY: RankingModel = { bias: 0, margin: 0, weights: {} };

/** The candidate mentions of each quote with two or more, and each quote's speaker mention. */
function candidates(paragraphs: string[], model?: RankingModel) {
  const seen: { quote: string; mentions: string[]; features: RankedCandidate['features'][] }[] = [];
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  const analysis = analyzeArticle({ file: 't.md', blocks }, registry, undefined, {
    ...(model ? { model } : {}),
    observe: (q, cands) =>
      seen.push({
        quote: q.text,
        mentions: cands.map((c) =>
          paragraphs[c.mention.paragraph - 1]!.slice(c.mention.start, c.mention.end),
        ),
        features: cands.map((c) => c.features),
      }),
  });
  const speakers = analysis.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.evidence?.mention?.text ?? null]);
  return { seen, speakers };
}

describe('speaker ranking: the candidate cues of a quote', () => {
  test('every cue with a subject in the quote’s sentence is a candidate with its relation', () => {
    const { seen } = candidates(
      ['Ann Roe said the budget was “a good start”, but Tom Kell warned that it would not last.'],
      RULES_ONLY,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]!.mentions).toEqual(['Ann Roe', 'Tom Kell']);
    expect(seen[0]!.features[0]).toMatchObject({ 'relation:earlier': 1, holds: 1, 'opens-sentence': 1 });
    expect(seen[0]!.features[1]).toMatchObject({ 'relation:later': 1 });
    expect(seen[0]!.features[0]!['rule']).toBe(1);
    expect(seen[0]!.features[1]!['rule']).toBe(0);
  });

  test('a cue by another quote’s mark is no candidate ("“Yes,” said Roe, but “no,” …")', () => {
    const { seen, speakers } = candidates(['“Yes,” said Ann Roe, but “no,” Tom Kell said.']);
    expect(seen).toEqual([]);
    expect(speakers).toEqual([
      ['Yes,', 'Ann Roe'],
      ['no,', 'Tom Kell'],
    ]);
  });

  test('"he said, adding that" is one speaker mention, one candidate', () => {
    const { seen } = candidates(
      ['Tom Kell met the board. “We are ready,” he said, adding that the vote would come soon.'],
      RULES_ONLY,
    );
    expect(seen).toEqual([]);
  });

  test('an "according to" in a sentence with another cue is no candidate (the words are not its)', () => {
    const after = candidates(['“The deal is dead,” Ann Roe said, according to the Dover Ledger.']);
    const before = candidates([
      'According to the Dover Ledger, Ann Roe said that the deal was “dead on arrival.”',
    ]);
    expect(after.seen).toEqual([]);
    expect(before.seen).toEqual([]);
    expect(after.speakers).toEqual([['The deal is dead,', 'Ann Roe']]);
    expect(before.speakers).toEqual([['dead on arrival.', 'Ann Roe']]);
  });
});

describe('speaker ranking: the model', () => {
  test('the score is the bias plus the weighted features; unknown features weigh 0', () => {
    const model: RankingModel = { bias: -1, margin: 0, weights: { rule: 2, distance: -0.5 } };
    expect(candidateScore({ rule: 1, distance: 2, unheard: 7 }, model)).toBeCloseTo(0);
    expect(candidateScore({}, model)).toBeCloseTo(-1);
  });

  test('with no weights the rules pick; a model that prefers the later cue overrules them', () => {
    const text = ['Ann Roe said the budget was “a good start”, but Tom Kell warned that it would not last.'];
    expect(candidates(text, RULES_ONLY).speakers).toEqual([['a good start', 'Ann Roe']]);
    const later: RankingModel = { bias: 0, margin: 0.5, weights: { 'relation:later': 2 } };
    expect(candidates(text, later).speakers).toEqual([['a good start', 'Tom Kell']]);
    // by less than the margin, the rules' pick stays
    const slight: RankingModel = { bias: 0, margin: 0.5, weights: { 'relation:later': 0.4 } };
    expect(candidates(text, slight).speakers).toEqual([['a good start', 'Ann Roe']]);
  });

  test('learned: the cue whose clause holds the quote wins over a later "while X suggested"', () => {
    const text = [
      'Senator Ann Roe’s campaign, for its part, said she would “back the nominee” but “is not planning to ' +
        'campaign,” while Rep. Tom Kell and Rep. Lisa Dunn suggested they would wait.',
    ];
    expect(candidates(text, RULES_ONLY).speakers.map(([, m]) => m)).toEqual([
      'Rep. Lisa Dunn',
      'Rep. Lisa Dunn',
    ]);
    expect(candidates(text).speakers.map(([, m]) => m)).toEqual([
      'Senator Ann Roe’s campaign',
      'Senator Ann Roe’s campaign',
    ]);
  });

  test('the learned model is well formed: finite, the rules’ pick weighs for itself', () => {
    const { bias, margin, weights } = SPEAKER_RANKING_MODEL;
    expect(Number.isFinite(bias) && Number.isFinite(margin) && margin >= 0).toBe(true);
    expect(Object.values(weights).every(Number.isFinite)).toBe(true);
    expect(weights['rule']).toBeGreaterThan(0);
  });
});
