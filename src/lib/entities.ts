/** Display helpers for actors and conflicts: kind labels, grouping, names. */
import type { EntityStats } from './aggregate.ts';

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

/** Kind of an actor's stats; unregistered speakers are people unless the analysis found a body. */
export function kindOf(stats: EntityStats): string {
  return stats.actor?.kind ?? (stats.unregistered?.kind === 'organisation' ? 'organisation' : 'person');
}

/** Prominence: quotes weigh more than mentions. */
export function byProminence(a: EntityStats, b: EntityStats): number {
  return (
    b.mentionCount + 2 * b.quotes.length - (a.mentionCount + 2 * a.quotes.length) ||
    a.name.localeCompare(b.name)
  );
}

/** "state" -> "State". */
export function kindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
