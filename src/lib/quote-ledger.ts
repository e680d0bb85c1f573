/**
 * The quote ledger (/quotes/): the site's direct quotes grouped by speaker, in the site's one order for
 * people (speakers not identified last), with who each speaker is and the words quoted from them.
 */
import type { Actor } from '../registry/schema.ts';
import { speakerPageId, type QuoteRef, type SiteAnalysis } from './aggregate.ts';
import { inProminenceOrder, prominenceOf } from './order.ts';
import { NO_SPEAKER } from './attribution.ts';
import { addQuotedWords, type QuotedWords } from './voices.ts';

export interface SpeakerQuotes {
  /** The speaker's page id; '' for quotes whose speaker is not identified. */
  id: string;
  name: string;
  /** The registry's role, or the text's description of an unregistered speaker. */
  role?: string;
  /** The registry entry the speaker belongs to ("affiliation"), if any. */
  affiliation?: { id: string; name: string };
  quotes: QuoteRef[];
  words: QuotedWords;
}

/** Every direct quote of the site, by speaker. */
export function quotesBySpeaker(site: SiteAnalysis & { actorById: Map<string, Actor> }): SpeakerQuotes[] {
  const groups = new Map<string, QuoteRef[]>();
  for (const q of site.quotes) {
    const id = speakerPageId(site, q.quote) ?? '';
    const group = groups.get(id);
    if (group) group.push(q);
    else groups.set(id, [q]);
  }
  const known = inProminenceOrder(
    [...groups.keys()].filter((id) => id),
    (id) => prominenceOf(site.actors.get(id)!),
  );
  return [...known, ...(groups.has('') ? [''] : [])].map((id) => {
    const quotes = groups.get(id)!;
    const words = quotes.reduce<QuotedWords>((n, q) => addQuotedWords(n, q.quote), {
      words: 0,
      uncertain: 0,
    });
    if (!id) return { id, name: NO_SPEAKER, quotes, words };
    const actor = site.actorById.get(id);
    const stats = site.actors.get(id);
    const parent = actor?.affiliation ? site.actorById.get(actor.affiliation) : undefined;
    const role = actor?.role ?? stats?.unregistered?.role;
    return {
      id,
      name: stats?.name ?? id,
      ...(role ? { role } : {}),
      ...(parent ? { affiliation: { id: parent.id, name: parent.name } } : {}),
      quotes,
      words,
    };
  });
}
