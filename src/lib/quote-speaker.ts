/**
 * Who said a quote, as the quote page and search results word it: the name (or how the text describes
 * an unnamed source), the role, the speaker's page, and how sure the analysis is. The quote page's
 * heading and title are built here too, so the page only places them.
 */
import type { Quote } from '../analysis/types.ts';
import type { Actor } from '../registry/schema.ts';
import { speakerName, speakerPageId, type SiteAnalysis } from './aggregate.ts';
import { attributionWords, bylineWho, NO_SPEAKER, speakerWho, type AttributionWords } from './attribution.ts';

type Site = SiteAnalysis & { actorById: Map<string, Actor> };

export interface QuoteSpeaker extends AttributionWords {
  /** The name, or an unnamed source's description; null when no speaker was found. */
  who: string | null;
  /** What to print: `who`, or "Speaker not identified". */
  shown: string;
  /** The registry's role for a registered speaker, else the role the text gave. */
  role: string | undefined;
  /** The speaker's page id (registered or not), if the speaker has a page. */
  pageId: string | undefined;
  /** "“…” — X" with a guess never stated as fact: "probably X", "possibly X". */
  byline: string;
}

/** The speaker of `quote` as the site shows it. */
export function quoteSpeaker(site: Site, quote: Quote): QuoteSpeaker {
  const who = speakerWho(speakerName(site, quote), quote);
  const registered = quote.speaker.id ? site.actorById.get(quote.speaker.id) : undefined;
  return {
    ...attributionWords(quote),
    who,
    shown: who ?? NO_SPEAKER,
    role: registered?.role ?? quote.speaker.role,
    pageId: speakerPageId(site, quote),
    byline: who ? bylineWho(who, quote) : NO_SPEAKER,
  };
}

/** The quote page's heading: "Quote by X", "Quote probably by X", or "Quote, speaker not identified". */
export function quoteHeading(s: QuoteSpeaker): string {
  if (!s.who) return 'Quote, speaker not identified';
  if (s.certain) return `Quote by ${s.shown}`;
  return `Quote ${s.lead.replace(/ said by$/, ' by').toLowerCase()} ${s.shown}`;
}
