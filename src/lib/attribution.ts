/**
 * How the site words an attribution. A speaker found with high confidence is shown as fact; any other
 * reads as uncertain, with how it was found ("attributed by pronoun; uncertain"). The words live here
 * only, for the article body, the analysis panel, quote cards and quote pages alike.
 */
import type { EvidenceHow, Quote } from '../analysis/types.ts';

/** How a speaker was reached, as a reader is told it. */
export const EVIDENCE_WORDS: Record<EvidenceHow, string> = {
  name: 'named in the text',
  pronoun: 'attributed by pronoun',
  description: 'attributed by description',
  organisation: 'attributed to the organisation',
  continuation: 'attributed as the continuation of an earlier quote',
  override: 'attributed by the editor',
};

/** What a reader is told when the analysis found no speaker. */
export const NO_SPEAKER = 'Speaker not identified';

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

/** How sure the attribution of `quote` is, in words. */
export function attributionWords(quote: Pick<Quote, 'evidence' | 'confidence'>): AttributionWords {
  const how = quote.evidence ? EVIDENCE_WORDS[quote.evidence.how] : null;
  const certain = quote.confidence === 'high';
  const lead = certain ? 'Said by' : quote.confidence === 'medium' ? 'Probably said by' : 'Possibly said by';
  return { certain, lead, how, qualifier: certain ? null : `${how ?? 'how unknown'}; uncertain` };
}

/** "John Kirby", or "Kamran Gasanov (attributed by description; uncertain)", or "Speaker not identified". */
export function speakerLine(name: string | null | undefined, quote: Pick<Quote, 'evidence' | 'confidence'>) {
  if (!name) return NO_SPEAKER;
  const { qualifier } = attributionWords(quote);
  return qualifier ? `${name} (${qualifier})` : name;
}

/** The whole attribution as one sentence, for labels: "Probably said by X, attributed by pronoun; uncertain". */
export function attributionSentence(
  name: string | null | undefined,
  quote: Pick<Quote, 'evidence' | 'confidence'>,
): string {
  if (!name) return NO_SPEAKER;
  const { lead, qualifier } = attributionWords(quote);
  return qualifier ? `${lead} ${name}, ${qualifier}` : `${lead} ${name}`;
}
