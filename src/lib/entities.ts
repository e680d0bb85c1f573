/** Display helpers for actors and conflicts: kind labels, grouping, names. */
import type { EntityStats } from './aggregate.ts';

/** Plural headings for actor kinds, in the order the index shows them. */
export const kindGroups: { label: string; kinds: string[] }[] = [
  { label: 'States', kinds: ['state'] },
  { label: 'People', kinds: ['person'] },
  { label: 'Peoples and blocs', kinds: ['people', 'bloc'] },
  { label: 'Alliances and armed groups', kinds: ['alliance', 'armed group'] },
  {
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
