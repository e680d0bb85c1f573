/**
 * The analysis of one article: plain data, no Astro, unified or DOM. Offsets are UTF-16 indices into a
 * block's `text` (as JavaScript strings count).
 */

/** A block of body text the analysis reads: a paragraph or a heading. */
export interface BlockInput {
  kind: 'paragraph' | 'heading';
  /** Plain text of the block, inline markup removed. */
  text: string;
  /** Heading level (2-6) for headings. */
  depth?: number;
}

export interface ArticleInput {
  /** Path of the source file, used in messages. */
  file: string;
  blocks: BlockInput[];
  /** Editor overrides from frontmatter. */
  overrides?: { quote: string; speaker?: string; scare?: boolean }[];
}

export interface Paragraph {
  /** 1-based, body paragraphs only (headings are not counted). */
  index: number;
  /** Stable, readable id derived from the text, unique within the article. */
  anchor: string;
  text: string;
  /** Index into ArticleInput.blocks. */
  block: number;
}

export interface Heading {
  anchor: string;
  text: string;
  depth: number;
  block: number;
  actors: string[];
  conflicts: string[];
}

/** One occurrence of a registry entity (or a resolved reference to one) in a block. */
export interface MentionSpan {
  block: number;
  /** 1-based paragraph index, or null for a heading. */
  paragraph: number | null;
  start: number;
  end: number;
  /** The text as it stands, e.g. "Iran’s" gives surface "Iran". */
  surface: string;
  type: 'actor' | 'conflict';
  id: string;
  /** alias: named; coreference: a pronoun or description resolved to it. */
  via: 'alias' | 'coreference';
}

export interface ParagraphMentions {
  paragraph: number;
  /** Ids in order of first appearance. */
  actors: string[];
  conflicts: string[];
}

export interface Speaker {
  /** Registry id, or null when the speaker is not registered or not found. */
  id: string | null;
  /** Display name: the registry name, or the name found in the text. */
  name: string | null;
  registered: boolean;
  /** Role as stated in the text (appositive), when found. */
  role?: string;
  /**
   * How the text describes a speaker it does not name ("officials", "a campaign aide", "the statement"); set
   * only when `name` is null. Such a quote is attributed, to an unnamed source.
   */
  description?: string;
  /**
   * Set to "organisation" for an unregistered speaker that is a body, not a person ("Reuters", "the
   * Pentagon").
   */
  kind?: 'organisation';
}

export interface QuotePart {
  paragraph: number;
  /** Offsets of the quoted words, without the quotation marks. */
  start: number;
  end: number;
}

export type QuoteKind = 'direct' | 'scare' | 'reported';

/** How sure the engine is of an attribution; `high` may be shown as fact, the others read as uncertain. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * How the speaker was reached: by a name (or registered alias), a pronoun, a description ("the spokesman"),
 * an organisation's name, the continuation of an attributed quote, or an editor's override.
 */
export type EvidenceHow = 'name' | 'pronoun' | 'description' | 'organisation' | 'continuation' | 'override';

/**
 * How a quote reaches its cue: the cue is next to it (or splits it), elsewhere in its sentence, belongs to
 * the quote before it, or is only the sentence's subject (no verb of saying); or there is no cue and the
 * speaker is a learned guess among the mentions near the quote (`guess`, always low confidence).
 */
export type EvidenceLink = 'adjacent' | 'sentence' | 'continuation' | 'sentence-subject' | 'guess';

/** A stretch of a paragraph's text, with its offsets. */
export interface TextSpan {
  /** 1-based paragraph index. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Why the engine gives a quote to its speaker. */
export interface Evidence {
  how: EvidenceHow;
  link: EvidenceLink;
  /** The speech cue: a verb of saying, a colon, "according to". */
  cue: TextSpan | null;
  /** The words the engine attributed through: a name, pronoun or description, with offsets. */
  mention: TextSpan | null;
}

export interface Quote {
  /** Stable id derived from the quote's words, e.g. "q-everything-has-changed"; also its anchor. */
  id: string;
  anchor: string;
  kind: QuoteKind;
  /** The quoted words (for split quotes the parts joined by a space). */
  text: string;
  /** Paragraph where the quote starts (1-based). */
  paragraph: number;
  parts: QuotePart[];
  speaker: Speaker;
  /** How the speaker was found: e.g. "verb-after", "appositive", "pronoun", "description", "override". */
  method: string | null;
  /** The words that tie the quote to the speaker, e.g. "Gasanov tells". */
  cue: string | null;
  /** Why the speaker was chosen; null when there is no speaker (scare quotes, unattributed). */
  evidence: Evidence | null;
  /** Null when there is no speaker. */
  confidence: Confidence | null;
}

/** A person quoted or reporting who is not in the registry. */
export interface UnregisteredSpeaker {
  name: string;
  role?: string;
  /** "organisation" when the speaker is a body, not a person. */
  kind?: 'organisation';
  paragraphs: number[];
}

export interface Analysis {
  file: string;
  paragraphs: Paragraph[];
  headings: Heading[];
  spans: MentionSpan[];
  mentions: ParagraphMentions[];
  /** Direct, scare and reported quotes, in reading order. */
  quotes: Quote[];
  unregistered: UnregisteredSpeaker[];
  /** Human-readable problems (unattributed quotes, ...). Errors throw instead. */
  warnings: string[];
}
