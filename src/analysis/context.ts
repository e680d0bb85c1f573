/**
 * The context the analysis stages build, one typed layer per stage, in order: text -> mentions -> quote
 * spans -> cues -> candidates -> resolution -> attribution -> reported -> confidence -> overrides ->
 * warnings. Each stage reads the layers before it and returns its own; `analyze.ts` joins them.
 */
import type { Registry } from '../registry/schema.ts';
import type { AliasMatch } from './alias-matcher.ts';
import type { Discourse, Resolution } from './discourse.ts';
import type { QuoteCue } from './quote-cues.ts';
import type { QuoteGroup, Segment } from './quote-marks.ts';
import type { Cue } from './cue.ts';
import type { ArticleInput, Heading, MentionSpan, Paragraph, Quote, UnregisteredSpeaker } from './types.ts';

/** Stage 1, text: paragraphs and headings, their anchors, and the texts the later stages read. */
export interface TextLayer {
  input: ArticleInput;
  registry: Registry;
  /** Block index of each body paragraph, and of each heading. */
  paragraphBlocks: number[];
  headingBlocks: number[];
  /** Paragraph texts as written (quotes, anchors and spans are cut from these). */
  raw: string[];
  /** Paragraph texts as the analysis reads them: live-blog time stamps masked, offsets unchanged. */
  texts: string[];
  headingTexts: string[];
  headingAnchors: string[];
  paragraphs: Paragraph[];
  /** Every anchor given so far; quote anchors are added to it. */
  usedIds: Set<string>;
}

/** Stage 2, mentions: registry aliases found in each paragraph and heading. */
export interface MentionLayer {
  matches: AliasMatch[][];
  headings: Heading[];
  /** Alias spans (resolution adds coreference spans later). */
  aliasSpans: MentionSpan[];
  actorKind: Map<string, string>;
}

/**
 * Stage 3, quote spans: quoted stretches grouped into quotes, and the paragraphs with quoted words masked.
 */
export interface QuoteSpanLayer {
  groups: QuoteGroup[];
  segments: Segment[][];
  masked: string[];
}

/** Stage 4, cues: the speech cues of each paragraph with their subjects. */
export interface CueLayer {
  cues: Cue[][];
}

/** Stage 5, candidates: the discourse model of who could speak (registry, named people, bodies). */
export interface CandidateLayer {
  discourse: Discourse;
}

/** Stage 6, resolution: the entity each cue's subject refers to. */
export interface ResolutionLayer {
  resolved: Map<Cue, Resolution>;
  coreferenceSpans: MentionSpan[];
}

/** Stage 7, attribution: the cue behind each quote, and the direct and scare quote records. */
export interface AttributionLayer {
  attributions: Map<QuoteGroup, QuoteCue>;
  quotes: Quote[];
  unregistered: Map<string, UnregisteredSpeaker>;
}

export type AfterText = TextLayer;
export type AfterMentions = AfterText & MentionLayer;
export type AfterQuoteSpans = AfterMentions & QuoteSpanLayer;
export type AfterCues = AfterQuoteSpans & CueLayer;
export type AfterCandidates = AfterCues & CandidateLayer;
export type AfterResolution = AfterCandidates & ResolutionLayer;
export type AfterAttribution = AfterResolution & AttributionLayer;
