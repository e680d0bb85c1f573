/** Entry point: analyzeArticle(input, registry) -> Analysis (pure; no Astro, unified or DOM). */
import type { Registry } from '../registry/schema.ts';
import { attributeQuotes, type RankingOptions } from './stages/attribution.ts';
import { scoreConfidence, type ConfidenceObserver } from './stages/confidence.ts';
import { findCandidates } from './stages/candidates.ts';
import { findAllCues } from './stages/cues.ts';
import { findMentions, paragraphMentions } from './stages/mentions.ts';
import { applyOverrides } from './stages/overrides.ts';
import { findQuoteSpans } from './stages/quote-spans.ts';
import { findReported } from './stages/reported.ts';
import { resolveCues } from './stages/resolution.ts';
import { readText } from './stages/text.ts';
import { analysisWarnings } from './stages/warnings.ts';
import type { Analysis, ArticleInput } from './types.ts';

/**
 * Analyzes one article against the registry: anchors, mentions, quotes with speakers, reported speech,
 * warnings. Each stage adds one layer to the context the next stages read (see `context.ts`). `observe` sees
 * each attribution's confidence features (for training the confidence model); `ranking` lets the ranking's
 * training script see the candidate cues and try another model.
 */
export function analyzeArticle(
  input: ArticleInput,
  registry: Registry,
  observe?: ConfidenceObserver,
  ranking?: RankingOptions,
): Analysis {
  const text = readText(input, registry);
  const mentioned = { ...text, ...findMentions(text) };
  const quoted = { ...mentioned, ...findQuoteSpans(mentioned) };
  const cued = { ...quoted, ...findAllCues(quoted) };
  const candidates = { ...cued, ...findCandidates(cued) };
  const resolved = { ...candidates, ...resolveCues(candidates) };
  const attributed = { ...resolved, ...attributeQuotes(resolved, ranking) };
  // reported statements take their ids after every direct quote's, so published anchors stay put
  const quotes = [...attributed.quotes, ...findReported(attributed)].sort(
    (x, y) => x.paragraph - y.paragraph || x.parts[0]!.start - y.parts[0]!.start,
  );
  scoreConfidence(attributed, quotes, observe);
  applyOverrides(input, registry, quotes);
  const { spans, mentions } = paragraphMentions(text.paragraphs, [
    ...mentioned.aliasSpans,
    ...resolved.coreferenceSpans,
  ]);
  return {
    file: input.file,
    paragraphs: text.paragraphs,
    headings: mentioned.headings,
    spans,
    mentions,
    quotes,
    unregistered: [...attributed.unregistered.values()],
    warnings: analysisWarnings(attributed, quotes),
  };
}
