/**
 * What an actor's page says of the actor beside its lists: role, kind, affiliation and members, other
 * names, counts with their doubt, the actors and conflicts named alongside, and the sentence search and
 * the description show. The page only places these.
 */
import type { Actor, Conflict } from '../registry/schema.ts';
import type { EntityStats, SiteAnalysis } from './aggregate.ts';
import { doubtNote } from './attribution.ts';
import { actorSummary, kindOf } from './entities.ts';
import { plural } from './format.ts';
import { namedAlongside } from './order.ts';

type Site = SiteAnalysis & { actorById: Map<string, Actor>; conflictById: Map<string, Conflict> };

interface Named {
  id: string;
  name: string;
}

export interface ActorProfile {
  kind: string;
  /** As the registry or the article states it. */
  role: string | undefined;
  affiliation: Named | undefined;
  /** Registered actors affiliated with this one, in registry order. */
  members: Named[];
  /** The registry's aliases other than the name itself. */
  otherNames: string[];
  /** "4 paragraphs · 2 direct quotes (1 uncertain) · 1 reported statement" */
  counts: string;
  alongside: (Named & { count: number })[];
  conflicts: (Named & { count: number })[];
  /** What follows the name in a search result. */
  summary: string;
  /** The page's meta description. */
  description: string;
}

/** Registered actors by the id they are affiliated with, computed once per site. */
const membersCache = new WeakMap<Map<string, Actor>, Map<string, Named[]>>();
function membersOf(actorById: Map<string, Actor>, id: string): Named[] {
  let byAffiliation = membersCache.get(actorById);
  if (!byAffiliation) {
    byAffiliation = new Map();
    for (const a of actorById.values()) {
      if (!a.affiliation) continue;
      const list = byAffiliation.get(a.affiliation) ?? [];
      list.push({ id: a.id, name: a.name });
      byAffiliation.set(a.affiliation, list);
    }
    membersCache.set(actorById, byAffiliation);
  }
  return byAffiliation.get(id) ?? [];
}

/** The profile of the actor `stats` on `site`. */
export function actorProfile(site: Site, stats: EntityStats): ActorProfile {
  const actor = stats.actor;
  const registeredAffiliation = actor?.affiliation ? site.actorById.get(actor.affiliation) : undefined;
  const affiliation = registeredAffiliation
    ? { id: registeredAffiliation.id, name: registeredAffiliation.name }
    : undefined;
  const direct = stats.quotes.filter((q) => q.quote.kind === 'direct').map((q) => q.quote);
  const reported = stats.quotes.filter((q) => q.quote.kind === 'reported').map((q) => q.quote);
  const role = actor?.role ?? stats.unregistered?.role;
  return {
    kind: kindOf(stats),
    role,
    affiliation,
    members: membersOf(site.actorById, stats.id),
    otherNames: (actor?.aliases ?? []).filter((a) => a !== stats.name),
    counts: [
      plural(stats.mentionCount, 'paragraph'),
      `${plural(direct.length, 'direct quote')}${doubtNote(direct)}`,
      `${plural(reported.length, 'reported statement')}${doubtNote(reported)}`,
    ].join(' · '),
    alongside: namedAlongside(stats.coActors, site),
    conflicts: stats.coConflicts.map((c) => ({ ...c, name: site.conflictById.get(c.id)?.name ?? c.id })),
    summary: actorSummary(stats, affiliation?.name),
    description:
      `${stats.name}${role ? `, ${role}` : ''}: named in ${plural(stats.mentionCount, 'paragraph')} and ` +
      `quoted ${plural(direct.length, 'time')}, with where it is named in each article.`,
  };
}
