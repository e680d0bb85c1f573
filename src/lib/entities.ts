/** Display helpers for actors and conflicts: kind labels, grouping, names, one-line summaries. */
import type { EntityStats } from './aggregate.ts';
import { plural } from './format.ts';
import { doubtNote } from './attribution.ts';
import type { Quote } from '../analysis/types.ts';

/** Plural headings for actor kinds, in the order the index shows them. */
export const kindGroups: { id: string; label: string; kinds: string[] }[] = [
  { id: 'states', label: 'States', kinds: ['state'] },
  { id: 'people', label: 'People', kinds: ['person'] },
  { id: 'peoples-and-blocs', label: 'Peoples and blocs', kinds: ['people', 'bloc'] },
  {
    id: 'alliances-and-armed-groups',
    label: 'Alliances and armed groups',
    kinds: ['alliance', 'armed group'],
  },
  {
    id: 'institutions-and-organisations',
    label: 'Institutions and organisations',
    kinds: ['government body', 'think tank', 'academic institution', 'media', 'organisation'],
  },
];

/** Actors grouped by kind as the actor index shows them, each group in the given (the site's) order. */
export function groupByKind(actors: EntityStats[]): { id: string; label: string; actors: EntityStats[] }[] {
  return kindGroups
    .map((g) => ({ id: g.id, label: g.label, actors: actors.filter((a) => g.kinds.includes(kindOf(a))) }))
    .filter((g) => g.actors.length > 0);
}

/** `some` of the actors, in the order the grouped list shows them (for a chart beside that list). */
export function inGroupedOrder(some: EntityStats[], groups: { actors: EntityStats[] }[]): EntityStats[] {
  const position = new Map(groups.flatMap((g) => g.actors).map((a, i) => [a.id, i]));
  return [...some].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
}

/** Kind of an actor's stats; unregistered speakers are people unless the analysis found a body. */
export function kindOf(stats: EntityStats): string {
  return stats.actor?.kind ?? (stats.unregistered?.kind === 'organisation' ? 'organisation' : 'person');
}

/** "state" -> "State". */
export function kindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** "a state", "an armed group": an actor's kind with its article, for a sentence. */
const KIND_PHRASE: Record<string, string> = {
  state: 'a state',
  person: 'a person',
  people: 'a people',
  bloc: 'a bloc',
  alliance: 'an alliance',
  'armed group': 'an armed group',
  'government body': 'a government body',
  'think tank': 'a think tank',
  media: 'a news organisation',
  'academic institution': 'an academic institution',
  organisation: 'an organisation',
};

function quotedPhrase(direct: Pick<Quote, 'confidence'>[]): string {
  if (direct.length === 0) return 'not quoted directly';
  const times = direct.length === 1 ? 'once' : `${direct.length} times`;
  return `quoted directly ${times}${doubtNote(direct)}`;
}

/**
 * What follows an actor's name in a sentence about it, for search results and descriptions:
 * ", US national security spokesman (United States): named in 1 paragraph, quoted directly once."
 */
export function actorSummary(stats: EntityStats, affiliation?: string): string {
  const kind = kindOf(stats);
  const role = stats.actor?.role ?? stats.unregistered?.role ?? KIND_PHRASE[kind] ?? `a ${kind}`;
  const direct = stats.quotes.filter((q) => q.quote.kind === 'direct').map((q) => q.quote);
  const unregistered = stats.registered ? '' : ', not in the registry';
  return `, ${role}${affiliation ? ` (${affiliation})` : ''}${unregistered}: named in ${plural(stats.mentionCount, 'paragraph')}, ${quotedPhrase(direct)}.`;
}

/** What follows a conflict's name in a sentence: ": discussed in 5 paragraphs, with 3 quotes in them." */
export function conflictSummary(stats: EntityStats): string {
  const quotes = stats.quotesAbout.filter((q) => q.quote.kind === 'direct').length;
  return `: discussed in ${plural(stats.mentionCount, 'paragraph')}, with ${plural(quotes, 'direct quote')} in them.`;
}
