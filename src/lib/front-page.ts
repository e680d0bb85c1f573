/**
 * What the front page shows beside its articles: the latest quotes with their speakers, the most named
 * actors, and the conflicts the archive discusses, each in the site's one order.
 */
import type { Actor, Conflict } from '../registry/schema.ts';
import type { EntityStats, QuoteRef, SiteAnalysis } from './aggregate.ts';
import { actorsInOrder, inProminenceOrder } from './order.ts';
import { quoteSpeaker, type QuoteSpeaker } from './quote-speaker.ts';

type Site = SiteAnalysis & { actorById: Map<string, Actor>; conflictById: Map<string, Conflict> };

/** How many quotes and actors the front page shows. */
const LATEST_QUOTES = 4;
const TOP_ACTORS = 10;

export interface FrontPageView {
  latestQuotes: (QuoteRef & { said: QuoteSpeaker })[];
  /** The most named actors, most named first. */
  topActors: EntityStats[];
  /** Every conflict named at least once, most discussed first. */
  conflicts: EntityStats[];
}

/** The front page's quotes, actors and conflicts on `site`. */
export function frontPageView(site: Site): FrontPageView {
  return {
    latestQuotes: site.quotes.slice(0, LATEST_QUOTES).map((ref) => ({
      ...ref,
      said: quoteSpeaker(site, ref.quote),
    })),
    topActors: actorsInOrder(site.actors.values())
      .filter((a) => a.mentionCount > 0)
      .slice(0, TOP_ACTORS),
    conflicts: inProminenceOrder(
      [...site.conflicts.values()].filter((c) => c.mentionCount > 0),
      (c) => ({ name: c.name, paragraphs: c.mentionCount, quotes: 0 }),
    ),
  };
}
