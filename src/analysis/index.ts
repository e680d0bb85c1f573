/** Public API of the analysis engine (pure). */
export type * from './types.ts';
export { analyzeArticle } from './analyze.ts';
export { toExport, toExportDocument } from './export.ts';
export type { ExportedArticle, ExportedQuote } from './export.ts';
export { buildMatcher, aliasPattern, selectLongest } from './mentions.ts';
export type { AliasMatch, Matcher } from './mentions.ts';
export { headingAnchors, paragraphAnchors, uniqueSlug } from './anchors.ts';
export { findSegments, groupQuotes, maskQuotes, isSplitGap } from './quotes.ts';
export type { Segment, QuoteGroup } from './quotes.ts';
export { findCues, subjectBefore, subjectAfter, trailingNP } from './cues.ts';
export type { Cue, CueKind, Subject } from './cues.ts';
export {
  resolveSubject,
  resolvePronoun,
  resolveDescription,
  createDiscourse,
  addUnregistered,
} from './attribution.ts';
export type { Discourse, Entity, Resolution } from './attribution.ts';
export { trailingName, leadingName, findPersonIntros, isAppositive, isPersonAppositive } from './people.ts';
export { reportedClause } from './reported.ts';
export { closestId, levenshtein } from './closest.ts';
export { asciiFold, slugWords, normQuotes, sentences } from './text.ts';
