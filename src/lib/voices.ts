/** Whose voice the articles carry: quoted words grouped by affiliation. */
import { speakerPageId, wordCount, type SiteAnalysis } from './aggregate.ts';
import type { Actor } from '../registry/schema.ts';

export interface VoiceRow {
  /** Page id of the group (an actor), or null for unknown speakers. */
  id: string | null;
  name: string;
  words: number;
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

/** Quoted words per top-level affiliation, most words first. */
export function voicesByAffiliation(site: SiteAnalysis & { actorById: Map<string, Actor> }): VoiceRow[] {
  const rows = new Map<string, VoiceRow>();
  for (const { quote } of site.quotes) {
    const speaker = speakerPageId(site, quote);
    const group = speaker ? topAffiliation(speaker, site.actorById) : '';
    const name = group ? (site.actors.get(group)?.name ?? group) : 'Speaker unknown';
    const row = rows.get(group) ?? { id: group || null, name, words: 0, speakers: [] };
    row.words += wordCount(quote.text);
    const speakerName = speaker ? (site.actors.get(speaker)?.name ?? speaker) : 'unknown';
    if (!row.speakers.includes(speakerName)) row.speakers.push(speakerName);
    rows.set(group, row);
  }
  return [...rows.values()].sort((a, b) => b.words - a.words || a.name.localeCompare(b.name));
}
