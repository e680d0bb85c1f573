/** The build's one-line analysis report and the low-confidence attributions it lists for editors. */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import { analysisReport } from '../../src/lib/report.ts';

const registry = {
  actors: [{ id: 'ana-vale', name: 'Ana Vale', kind: 'person', aliases: ['Ana Vale', 'Vale'] }],
  conflicts: [],
} as unknown as Parameters<typeof analyzeArticle>[1];

function analysis(paragraphs: string[]) {
  return analyzeArticle(
    { file: 'content/articles/x.md', blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })) },
    registry,
  );
}

describe('analysisReport', () => {
  test('counts what was found and says where to review', () => {
    const a = analysis(['“The harbour will reopen in spring,” Ana Vale said on Monday.']);
    const { summary, lowConfidence } = analysisReport([a], { review: 'npm run review' });
    expect(summary).toMatch(/^analysis: 1 article\(s\), 1 direct quotes \(0 unattributed\)/);
    expect(summary).toContain('0 low-confidence attribution(s)');
    expect(summary).toMatch(/Review every attribution: npm run review$/);
    expect(lowConfidence).toEqual([]);
  });

  test('lists each low-confidence attribution with its file, id, opening words, speaker and evidence', () => {
    const a = analysis(['“The harbour will reopen in spring,” Ana Vale said on Monday.']);
    const quote = a.quotes[0]!;
    // the same analysis with its one attribution marked low, as a weak cue would leave it
    const weak = { ...a, quotes: [{ ...quote, confidence: 'low' as const }] };
    const { summary, lowConfidence } = analysisReport([weak]);
    expect(summary).toContain('1 low-confidence attribution(s) (listed below)');
    expect(lowConfidence).toEqual([
      `  check content/articles/x.md ${quote.id}: “The harbour will reopen in spring,” given to Ana Vale ` +
        `(by ${quote.evidence!.how}, low confidence)`,
    ]);
  });
});
