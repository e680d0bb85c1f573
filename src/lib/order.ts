/**
 * The one order for people and organisations on every page: lists, charts and tables all put the
 * same actors in the same order, so a reader who meets "Russia, Iran, Kamran Gasanov" in one place
 * meets them so everywhere. Lists ranked by a measure of their own (shared paragraphs) break ties
 * with it.
 */
import type { EntityStats } from './aggregate.ts';

/** What the order reads: paragraphs that name the actor, its direct quotes, its name. */
export interface Prominence {
  name: string;
  paragraphs: number;
  quotes: number;
}

/** Most named first (paragraphs that name them), then most quoted directly, then by name. */
export function byProminence(a: Prominence, b: Prominence): number {
  return b.paragraphs - a.paragraphs || b.quotes - a.quotes || a.name.localeCompare(b.name, 'en');
}

/** Site-wide prominence of an actor (or conflict) from its aggregated stats. */
export function prominenceOf(stats: EntityStats): Prominence {
  return {
    name: stats.name,
    paragraphs: stats.mentionCount,
    quotes: stats.quotes.filter((q) => q.quote.kind === 'direct').length,
  };
}

/** `items` in the site's order, reading each one's prominence with `of` (a new array). */
export function inProminenceOrder<T>(items: Iterable<T>, of: (item: T) => Prominence): T[] {
  return [...items]
    .map((item) => ({ item, p: of(item) }))
    .sort((a, b) => byProminence(a.p, b.p))
    .map(({ item }) => item);
}

/** Stats in the site's order. */
export function actorsInOrder(stats: Iterable<EntityStats>): EntityStats[] {
  return inProminenceOrder(stats, prominenceOf);
}

/** Each actor's place in the site's order, computed once per site (every actor page ranks with it). */
const placeCache = new WeakMap<Map<string, EntityStats>, Map<string, number>>();
function placesOf(actors: Map<string, EntityStats>): Map<string, number> {
  let places = placeCache.get(actors);
  if (!places) {
    places = new Map(actorsInOrder(actors.values()).map((a, i) => [a.id, i]));
    placeCache.set(actors, places);
  }
  return places;
}

/** Actors named with another (`coActors`), most shared paragraphs first, ties in the site's order. */
export function rankedWith(
  coActors: { id: string; count: number }[],
  site: { actors: Map<string, EntityStats> },
): { id: string; count: number }[] {
  const order = placesOf(site.actors);
  return [...coActors].sort(
    (a, b) => b.count - a.count || (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity),
  );
}

/** How many actors a page's "named alongside" list or chart shows. */
export const ALONGSIDE = 12;

/** The first `limit` actors named with another, ranked as `rankedWith` does, with their names. */
export function namedAlongside(
  coActors: { id: string; count: number }[],
  site: { actors: Map<string, EntityStats> },
  limit = ALONGSIDE,
): { id: string; name: string; count: number }[] {
  return rankedWith(coActors, site)
    .slice(0, limit)
    .map((c) => ({ ...c, name: site.actors.get(c.id)?.name ?? c.id }));
}
