/**
 * What each paragraph, heading and quote of an article holds, for search: Pagefind's filters act on
 * whole pages, so the article page carries this map (as Pagefind metadata) and the search UI keeps
 * only the sub-results that match the reader's filters (src/scripts/search/facets.ts).
 */
import type { Analysis, Quote } from '../analysis/types.ts';
import { speakerName, speakerPageId, type SiteAnalysis } from './aggregate.ts';
import { quoteSpeaker } from './quote-speaker.ts';
import { actorIdsOf } from './article-counts.ts';
import { truncate } from './format.ts';
import type { Actor, Conflict } from '../registry/schema.ts';

/** One anchor's facts. Names are indices into `SearchFacets.names`. */
export interface AnchorFacets {
  /** The anchor of the paragraph (or heading) it stands in; its own anchor for a paragraph. */
  p: string;
  /** The speaker, for a quote or a reported statement. */
  s?: number;
  /** Actors and conflicts named in its paragraph (a quote's speaker counts as named). */
  a: number[];
  c: number[];
  /** A direct quote's result title: “its words” — Speaker. */
  t?: string;
  /** How a direct quote's result introduces its speaker, as sure as the analysis is. */
  w?: string;
}

export interface SearchFacets {
  names: string[];
  anchors: Record<string, AnchorFacets>;
}

type Site = SiteAnalysis & { actorById: Map<string, Actor>; conflictById: Map<string, Conflict> };

/**
 * How a search result shows a direct quote: its title (“its words” — Speaker) and the line that
 * introduces the speaker: "Said by …", or "Probably said by … (attributed by …; uncertain)".
 */
export function quoteResultWords(site: Site, quote: Quote): { title: string; said: string } {
  const s = quoteSpeaker(site, quote);
  const role = s.role ? `, ${s.role}` : '';
  const said = `${s.who ? `${s.lead} ${s.shown}` : s.shown}${role}${s.qualifier && s.who ? ` (${s.qualifier})` : ''}`;
  return { title: `“${truncate(quote.text, 90)}” — ${s.byline}`, said };
}

/** The facets of every anchor of `analysis`, named as the search filters name them. */
export function searchFacets(analysis: Analysis, site: Site): SearchFacets {
  const names: string[] = [];
  const index = new Map<string, number>();
  const ref = (name: string) => {
    if (!index.has(name)) index.set(name, names.push(name) - 1);
    return index.get(name)!;
  };
  const actor = (id: string) => ref(site.actors.get(id)?.name ?? site.actorById.get(id)?.name ?? id);
  const conflict = (id: string) => ref(site.conflictById.get(id)?.name ?? id);
  const anchors: Record<string, AnchorFacets> = {};
  const rows = new Map(analysis.mentions.map((m) => [m.paragraph, m]));
  const paragraphs = new Map(analysis.paragraphs.map((p) => [p.index, p]));

  for (const p of analysis.paragraphs) {
    const row = rows.get(p.index);
    anchors[p.anchor] = {
      p: p.anchor,
      a: (row?.actors ?? []).map(actor),
      c: (row?.conflicts ?? []).map(conflict),
    };
  }
  for (const hd of analysis.headings)
    anchors[hd.anchor] = { p: hd.anchor, a: hd.actors.map(actor), c: hd.conflicts.map(conflict) };
  for (const q of analysis.quotes) {
    if (q.kind === 'scare') continue;
    const paragraph = paragraphs.get(q.paragraph);
    if (!paragraph) continue;
    const own = anchors[paragraph.anchor]!;
    const name = speakerName(site, q);
    const speakerId = speakerPageId(site, q);
    const a = speakerId ? [...new Set([...own.a, actor(speakerId)])] : own.a;
    const words = q.kind === 'direct' ? quoteResultWords(site, q) : undefined;
    anchors[q.anchor] = {
      p: paragraph.anchor,
      ...(name ? { s: ref(name) } : {}),
      a,
      c: own.c,
      ...(words ? { t: words.title, w: words.said } : {}),
    };
  }
  return { names, anchors };
}

/** The actors, conflicts and speakers an article page offers as search filters, by name. */
export function articleFilterValues(
  analysis: Analysis,
  site: Site,
): Record<'actor' | 'conflict' | 'speaker', string[]> {
  const speakers = analysis.quotes.filter((q) => q.kind === 'direct').map((q) => speakerName(site, q));
  return {
    actor: actorIdsOf(analysis).map((id) => site.actorById.get(id)?.name ?? id),
    conflict: [...new Set(analysis.mentions.flatMap((m) => m.conflicts))].map(
      (id) => site.conflictById.get(id)?.name ?? id,
    ),
    speaker: [...new Set(speakers.filter((n): n is string => !!n))],
  };
}

/**
 * `searchFacets` (which speaker, actors and conflicts each paragraph and quote holds: search filters its
 * sub-results by them) as the text of an element: JSON, whose quotation marks need no escaping there, with `<`
 * and `&` escaped inside its strings, so no name can open markup.
 */
export function searchFacetsText(analysis: Analysis, site: Site): string {
  return JSON.stringify(searchFacets(analysis, site)).replace(/</g, '\\u003c').replace(/&/g, '\\u0026');
}
