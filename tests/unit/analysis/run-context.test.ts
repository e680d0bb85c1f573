/**
 * fallback-rules.ts runContext: a run of quote-only paragraphs that no verb of saying introduces goes to
 * the one person the paragraph before it names, when that person has spoken there or before; always low.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze.ts';
import type { Quote } from '../../../src/analysis/types.ts';

const registry = { actors: [], conflicts: [] };

/** The direct quotes of invented paragraphs. */
function quotes(paragraphs: string[]): Quote[] {
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  return analyzeArticle({ file: 't.md', blocks }, registry).quotes.filter((q) => q.kind === 'direct');
}

const OPENING = '“We will win the vote in the spring,” Ann Roe told the council on Monday.';
const SCENE = 'What the slogan means is anyone’s guess, since Roe took no questions at the rally.';
const RUN = [
  '“Our town has to come first, whatever the cost.”',
  '“Nobody else is going to fix the roads for us.”',
];

/** Speaker name, method and confidence of each quote after the opening one. */
const after = (paragraphs: string[]) =>
  quotes(paragraphs)
    .slice(1)
    .map((q) => [q.speaker.name, q.method, q.confidence]);

describe('a run of quotes after a paragraph that names its speaker without a verb of saying', () => {
  test('the one person named before the run speaks each quote of it, at low confidence', () => {
    const guess = ['Ann Roe', 'fallback', 'low'];
    expect(after([OPENING, SCENE, ...RUN])).toEqual([guess, guess]);
    const mention = quotes([OPENING, SCENE, ...RUN])[2]!.evidence?.mention;
    expect(mention).toMatchObject({ paragraph: 2, text: 'Roe' });
  });

  test('another name in that paragraph, even opening a sentence: nobody', () => {
    const two = SCENE.replace('since Roe', 'since Roe and Ben Ortiz');
    expect(after([OPENING, two, ...RUN]).map((x) => x[0])).toEqual([null, null]);
    expect(after([OPENING, 'Ben Ortiz cheered as Roe went on.', ...RUN]).map((x) => x[0])).toEqual([
      null,
      null,
    ]);
  });

  test('a person who has not spoken before the run: nobody', () => {
    const first = quotes([SCENE.replace('Roe', 'Ann Roe'), ...RUN]);
    expect(first.map((q) => q.speaker.name)).toEqual([null, null]);
  });

  test('a quote sharing its paragraph with other words, or signed off below, is not in the run', () => {
    const mixed = 'Then the crowd went quiet. “Our town has to come first, always.”';
    const shared = quotes([OPENING, SCENE, mixed]);
    expect(shared[1]!.speaker.name).toBeNull();
    const signed = quotes([OPENING, SCENE, RUN[0]!, '— Ben Ortiz, Leeds.']);
    expect(signed[1]!.speaker.name).toBe('Ben Ortiz');
  });
});
