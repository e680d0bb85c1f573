/** Whose voice the articles carry: quoted words grouped by affiliation. */
import { NO_SPEAKER } from './attribution.ts';
import { speakerPageId, wordCount, type SiteAnalysis } from './aggregate.ts';
import { inProminenceOrder, prominenceOf } from './order.ts';
import type { Actor } from '../registry/schema.ts';
import type { Quote } from '../analysis/types.ts';

/** Words quoted, and how many of them the analysis attributes without being sure (not "high"). */
export interface QuotedWords {
  words: number;
  uncertain: number;
}

/** Adds `quote`'s words to `into` (a fresh count when absent) and returns it. */
export function addQuotedWords(
  into: QuotedWords | undefined,
  quote: Pick<Quote, 'text' | 'confidence'>,
): QuotedWords {
  const n = wordCount(quote.text);
  const count = into ?? { words: 0, uncertain: 0 };
  count.words += n;
  if (quote.confidence !== 'high') count.uncertain += n;
  return count;
}

export interface VoiceRow {
  /** Page id of the group (an actor), or null for unknown speakers. */
  id: string | null;
  name: string;
  words: number;
  /** Of `words`, those attributed without certainty. */
  uncertain: number;
  speakers: string[];
}

/** Follows an actor's affiliation chain to its top (guarding against cycles). */
export function topAffiliation(id: string, actors: Map<string, Actor>): string {
  const seen = new Set<string>();
  let current = id;
  while (!seen.has(current)) {
    seen.add(current);
    const next = actors.get(current)?.affiliation;
    if (!next || !actors.has(next)) break;
    current = next;
  }
  return current;
}

/** Quoted words per top-level affiliation, in the site's order of the groups (unknown speakers last). */
export function voicesByAffiliation(site: SiteAnalysis & { actorById: Map<string, Actor> }): VoiceRow[] {
  const rows = new Map<string, VoiceRow>();
  for (const { quote } of site.quotes) {
    const speaker = speakerPageId(site, quote);
    const group = speaker ? topAffiliation(speaker, site.actorById) : '';
    const name = group ? (site.actors.get(group)?.name ?? group) : NO_SPEAKER;
    const row = rows.get(group) ?? { id: group || null, name, words: 0, uncertain: 0, speakers: [] };
    addQuotedWords(row, quote);
    const speakerName = speaker ? (site.actors.get(speaker)?.name ?? speaker) : 'unknown';
    if (!row.speakers.includes(speakerName)) row.speakers.push(speakerName);
    rows.set(group, row);
  }
  const known = [...rows.values()].filter((r) => r.id);
  const ordered = inProminenceOrder(known, (r) => prominenceOf(site.actors.get(r.id!)!));
  for (const row of ordered) row.speakers = speakersInOrder(row.speakers, site);
  return [...ordered, ...(rows.has('') ? [rows.get('')!] : [])];
}

/** Speaker names in the site's order. */
function speakersInOrder(names: string[], site: SiteAnalysis): string[] {
  const stats = new Map([...site.actors.values()].map((a) => [a.name, a]));
  const known = names.filter((n) => stats.has(n));
  return [
    ...inProminenceOrder(known, (n) => prominenceOf(stats.get(n)!)),
    ...names.filter((n) => !stats.has(n)),
  ];
}
