/**
 * How the site words an attribution. A speaker found with high confidence is shown as fact; any other
 * reads as uncertain, with how it was found ("attributed by pronoun; uncertain"). The words live here
 * only, for the article body, the analysis panel, quote cards and quote pages alike.
 */
import type { EvidenceHow, Quote, Speaker } from '../analysis/types.ts';

/** How a speaker was reached, as a reader is told it. */
export const EVIDENCE_WORDS: Record<EvidenceHow, string> = {
  name: 'named in the text',
  pronoun: 'attributed by pronoun',
  description: 'attributed by description',
  organisation: 'attributed to the organisation',
  continuation: 'attributed as the continuation of an earlier quote',
  override: 'attributed by the editor',
};

/** How a speaker the analysis guessed (no verb of saying or colon ties the quote to anyone) was reached. */
export const GUESS_WORDS = 'a guess from the sentences around it';

/** What a reader is told when the analysis found no speaker. */
export const NO_SPEAKER = 'Speaker not identified';

/** What the words read: how sure the attribution is, and whether its speaker is named. */
type Attributed = Pick<Quote, 'evidence' | 'confidence'> & {
  speaker?: Pick<Speaker, 'name' | 'description'>;
};

/** Who a reader is told said it: the speaker's name, or how the text describes an unnamed source ("officials"). */
export function speakerWho(name: string | null | undefined, quote: Attributed): string | null {
  return name || quote.speaker?.description || null;
}

export interface AttributionWords {
  /** True when the attribution may be shown as fact (confidence "high"). */
  certain: boolean;
  /** Words before the name: "Said by", "Probably said by" (medium), "Possibly said by" (low). */
  lead: string;
  /** How the speaker was found ("attributed by pronoun"); null without evidence. */
  how: string | null;
  /** For an uncertain attribution, the words to show beside the name ("attributed by pronoun; uncertain"). */
  qualifier: string | null;
}

/** How sure the attribution of `quote` is, in words; an unnamed source says it is one. */
export function attributionWords(quote: Attributed): AttributionWords {
  const how = !quote.evidence
    ? null
    : quote.evidence.link === 'guess'
      ? GUESS_WORDS
      : EVIDENCE_WORDS[quote.evidence.how];
  const certain = quote.confidence === 'high';
  const lead = certain ? 'Said by' : quote.confidence === 'medium' ? 'Probably said by' : 'Possibly said by';
  const unnamed = !quote.speaker?.name && quote.speaker?.description ? 'an unnamed source' : null;
  const doubt = certain ? null : `${how ?? 'how unknown'}; uncertain`;
  const qualifier = [unnamed, doubt].filter(Boolean).join('; ') || null;
  return { certain, lead, how, qualifier };
}

/** "John Kirby", or "Kamran Gasanov (attributed by description; uncertain)", or "Speaker not identified". */
export function speakerLine(name: string | null | undefined, quote: Attributed) {
  if (!name) return NO_SPEAKER;
  const { qualifier } = attributionWords(quote);
  return qualifier ? `${name} (${qualifier})` : name;
}

/**
 * The speaker as a byline after a quote's words ("“…” — X"): the name for a high-confidence
 * attribution, "probably X" or "possibly X" otherwise, so a title or list never states a guess as fact.
 */
export function bylineWho(who: string, quote: Attributed): string {
  const { certain, lead } = attributionWords(quote);
  return certain ? who : `${lead.split(' ')[0]!.toLowerCase()} ${who}`;
}

/**
 * How many of some attributions are uncertain, as a note after their count: "" (all sure),
 * " (uncertain)" (the only one), " (all uncertain)", or " (2 uncertain)".
 */
export function doubtNote(quotes: Pick<Quote, 'confidence'>[]): string {
  const unsure = quotes.filter((q) => q.confidence !== 'high').length;
  if (!unsure) return '';
  if (unsure < quotes.length) return ` (${unsure} uncertain)`;
  return quotes.length === 1 ? ' (uncertain)' : ' (all uncertain)';
}

/** The whole attribution as one sentence, for labels: "Probably said by X, attributed by pronoun; uncertain". */
export function attributionSentence(name: string | null | undefined, quote: Attributed): string {
  if (!name) return NO_SPEAKER;
  const { lead, qualifier } = attributionWords(quote);
  return qualifier ? `${lead} ${name}, ${qualifier}` : `${lead} ${name}`;
}
