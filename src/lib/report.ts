/** The short analysis report the build prints. */
import type { Analysis, Quote } from '../analysis/types.ts';

/** One line per low-confidence attribution, for the editor: where it is, its opening words, whom and how. */
function lowConfidenceLine(file: string, q: Quote): string {
  const words = q.text.split(/\s+/);
  const opening = words.slice(0, 8).join(' ') + (words.length > 8 ? ' …' : '');
  const who = q.speaker.name ?? q.speaker.description ?? q.speaker.id ?? 'nobody';
  const how = q.evidence ? `by ${q.evidence.how}` : 'no evidence';
  return `  check ${file} ${q.id}: “${opening}” given to ${who} (${how}, low confidence)`;
}

/**
 * Counts of what the analysis found and how many warnings need an editor, in one line that ends
 * with where to review every attribution (`review`: a command or a URL).
 */
export function analysisReport(
  analyses: Analysis[],
  options: { review?: string } = {},
): { summary: string; problems: number; lowConfidence: string[] } {
  const quotes = analyses.flatMap((a) => a.quotes);
  const direct = quotes.filter((q) => q.kind === 'direct');
  // a quote given to an unnamed source ("officials said") is attributed
  const unattributed = direct.filter((q) => !q.speaker.id && !q.speaker.name && !q.speaker.description);
  const scare = quotes.filter((q) => q.kind === 'scare').length;
  const reported = quotes.filter((q) => q.kind === 'reported').length;
  const unregistered = new Set(analyses.flatMap((a) => a.unregistered.map((u) => u.name)));
  const warnings = analyses.reduce((n, a) => n + a.warnings.length, 0);
  const lowConfidence = analyses.flatMap((a) =>
    a.quotes
      .filter((q) => q.kind !== 'scare' && q.confidence === 'low')
      .map((q) => lowConfidenceLine(a.file, q)),
  );
  const summary =
    `analysis: ${analyses.length} article(s), ${direct.length} direct quotes (${unattributed.length} unattributed), ` +
    `${scare} scare quotes, ${reported} reported statements, ${unregistered.size} unregistered speaker(s)` +
    (unregistered.size ? ` [${[...unregistered].join(', ')}]` : '') +
    `, ${lowConfidence.length} low-confidence attribution(s)${lowConfidence.length ? ' (listed below)' : ''}` +
    `, ${warnings} warning(s)` +
    (options.review ? `. Review every attribution: ${options.review}` : '');
  return { summary, problems: warnings, lowConfidence };
}
