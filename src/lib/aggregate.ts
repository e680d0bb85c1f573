/**
 * Site-level aggregation of per-article analyses. It never re-derives anything
 * from text: it only counts and groups what the analysis found.
 */
import GithubSlugger from 'github-slugger';
import type { Analysis, MentionSpan, Paragraph, Quote, UnregisteredSpeaker } from '../analysis/types.ts';
import type { Actor, Conflict, Registry } from '../registry/schema.ts';

export interface ArticleRef {
  slug: string;
  title: string;
  published: Date;
  analysis: Analysis;
  /** The publication the article comes from, as its frontmatter credits it (for citations and cards). */
  source?: string;
  /** The frontmatter's `updated` date, when the article was revised. */
  updated?: Date;
}

/** One place an entity appears: a paragraph, with the words that name it. */
export interface MentionContext {
  article: ArticleRef;
  paragraph: Paragraph;
  /** The sentence around the first mention, with the mention's offsets inside it. */
  sentence: string;
  highlight: { start: number; end: number };
  via: MentionSpan['via'];
}

export interface QuoteRef {
  article: ArticleRef;
  quote: Quote;
}

export interface EntityStats {
  type: 'actor' | 'conflict';
  id: string;
  name: string;
  /** Registry entry; undefined for unregistered speakers. */
  actor?: Actor;
  conflict?: Conflict;
  /** For a speaker not in the registry: as the text names and describes them. */
  unregistered?: UnregisteredSpeaker;
  registered: boolean;
  /** Number of paragraphs (across articles) that name it. */
  mentionCount: number;
  mentions: MentionContext[];
  quotes: QuoteRef[];
  /** Quotes *about* it: quotes in paragraphs that name it (for conflicts). */
  quotesAbout: QuoteRef[];
  /** Words quoted directly from this speaker. */
  quotedWords: number;
  /** Actors named in the same paragraphs, with the number of shared paragraphs. */
  coActors: { id: string; count: number }[];
  coConflicts: { id: string; count: number }[];
  /** Articles it appears in. */
  articles: ArticleRef[];
}

export interface SiteAnalysis {
  articles: ArticleRef[];
  actors: Map<string, EntityStats>;
  conflicts: Map<string, EntityStats>;
  /** Direct quotes in reading order, article by article. */
  quotes: QuoteRef[];
  /** Unregistered speakers' page ids by their name. */
  unregisteredIds: Map<string, string>;
}

/** Number of words in a string. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** The sentence of `text` that holds [start, end), with offsets made relative to it. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { sentence: string; start: number; end: number } {
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (cut <= start) from = cut;
    else if ((m.index ?? 0) >= end) {
      to = (m.index ?? 0) + m[0].trimEnd().length;
      break;
    }
  }
  const sentence = text.slice(from, to).trim();
  const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
  return { sentence, start: start - from - lead, end: end - from - lead };
}

/** Where a name (or, failing that, its last word) stands in a text, for highlighting. */
export function locateName(
  text: string,
  name: string | undefined,
): { start: number; end: number } | undefined {
  if (!name) return undefined;
  for (const needle of [name, name.split(/\s+/).at(-1) ?? name]) {
    const at = text.indexOf(needle);
    if (at >= 0) return { start: at, end: at + needle.length };
  }
  return undefined;
}

/** Page id for an unregistered speaker, never colliding with a registry id. */
function unregisteredId(name: string, taken: Set<string>): string {
  const base = new GithubSlugger().slug(name) || 'unnamed-speaker';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function emptyStats(type: 'actor' | 'conflict', id: string, name: string, registered: boolean): EntityStats {
  return {
    type,
    id,
    name,
    registered,
    mentionCount: 0,
    mentions: [],
    quotes: [],
    quotesAbout: [],
    quotedWords: 0,
    coActors: [],
    coConflicts: [],
    articles: [],
  };
}

/** Article order everywhere on the site: newest first, then by slug. */
export function newestFirst(
  a: { published: Date; slug: string },
  b: { published: Date; slug: string },
): number {
  return b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);
}

/** Aggregates all articles' analyses against the registry. */
export function aggregate(articles: ArticleRef[], registry: Registry): SiteAnalysis {
  const sorted = [...articles].sort(newestFirst);
  const actors = new Map<string, EntityStats>();
  const conflicts = new Map<string, EntityStats>();
  for (const actor of registry.actors)
    actors.set(actor.id, { ...emptyStats('actor', actor.id, actor.name, true), actor });
  for (const conflict of registry.conflicts)
    conflicts.set(conflict.id, { ...emptyStats('conflict', conflict.id, conflict.name, true), conflict });

  const taken = new Set(actors.keys());
  const unregisteredIds = new Map<string, string>();
  const co = new Map<string, Map<string, number>>(); // "actor:x" -> "actor:y" -> count
  const bump = (a: string, b: string) => {
    const row = co.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + 1);
    co.set(a, row);
  };
  const quotes: QuoteRef[] = [];

  for (const article of sorted) {
    const { analysis } = article;
    // Unregistered speakers get a page of their own.
    for (const person of analysis.unregistered) {
      if (!unregisteredIds.has(person.name)) {
        const id = unregisteredId(person.name, taken);
        unregisteredIds.set(person.name, id);
        actors.set(id, { ...emptyStats('actor', id, person.name, false), unregistered: person });
      }
    }

    const paragraphs = new Map(analysis.paragraphs.map((p) => [p.index, p]));
    // Unregistered speakers count as named in the paragraphs the analysis found them in.
    const extra = new Map<number, { id: string; name: string }[]>();
    for (const person of analysis.unregistered) {
      const id = unregisteredIds.get(person.name)!;
      for (const n of person.paragraphs) extra.set(n, [...(extra.get(n) ?? []), { id, name: person.name }]);
    }
    for (const row of analysis.mentions) {
      const paragraph = paragraphs.get(row.paragraph);
      if (!paragraph) continue;
      const others = (extra.get(row.paragraph) ?? []).filter((o) => !row.actors.includes(o.id));
      const actorIds = [...row.actors, ...others.map((o) => o.id)];
      const keys = [...actorIds.map((id) => `actor:${id}`), ...row.conflicts.map((id) => `conflict:${id}`)];
      for (const a of keys) for (const b of keys) if (a !== b) bump(a, b);
      for (const [type, ids] of [
        ['actor', actorIds],
        ['conflict', row.conflicts],
      ] as const) {
        for (const id of ids) {
          const stats = (type === 'actor' ? actors : conflicts).get(id);
          if (!stats) continue;
          stats.mentionCount += 1;
          const span =
            analysis.spans.find(
              (s) => s.paragraph === row.paragraph && s.type === type && s.id === id && s.via === 'alias',
            ) ?? analysis.spans.find((s) => s.paragraph === row.paragraph && s.type === type && s.id === id);
          const at = span ?? locateName(paragraph.text, others.find((o) => o.id === id)?.name);
          const around = at
            ? sentenceAround(paragraph.text, at.start, at.end)
            : { sentence: paragraph.text, start: 0, end: 0 };
          stats.mentions.push({
            article,
            paragraph,
            sentence: around.sentence,
            highlight: { start: around.start, end: around.end },
            via: span?.via ?? 'alias',
          });
          // Articles come one at a time, newest first: this one is new to the list unless it is last.
          if (stats.articles.at(-1) !== article) stats.articles.push(article);
        }
      }
    }

    for (const quote of analysis.quotes) {
      if (quote.kind === 'scare') continue;
      const ref = { article, quote };
      if (quote.kind === 'direct') quotes.push(ref);
      const speakerId =
        quote.speaker.id ?? (quote.speaker.name ? unregisteredIds.get(quote.speaker.name) : undefined);
      const speaker = speakerId ? actors.get(speakerId) : undefined;
      if (speaker) {
        speaker.quotes.push(ref);
        if (quote.kind === 'direct') speaker.quotedWords += wordCount(quote.text);
        if (speaker.articles.at(-1) !== article) speaker.articles.push(article);
      }
      const row = analysis.mentions.find((m) => m.paragraph === quote.paragraph);
      for (const id of row?.conflicts ?? []) conflicts.get(id)?.quotesAbout.push(ref);
      for (const id of row?.actors ?? []) if (id !== speakerId) actors.get(id)?.quotesAbout.push(ref);
    }
  }

  for (const stats of [...actors.values(), ...conflicts.values()]) {
    const row = co.get(`${stats.type}:${stats.id}`) ?? new Map<string, number>();
    const pick = (prefix: string) =>
      [...row.entries()]
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, count]) => ({ id: k.slice(prefix.length), count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    stats.coActors = pick('actor:');
    stats.coConflicts = pick('conflict:');
  }

  return { articles: sorted, actors, conflicts, quotes, unregisteredIds };
}

/** Display name of a quote's speaker (registered or not), or null when nobody was found. */
export function speakerName(site: SiteAnalysis, quote: Quote): string | null {
  const id = speakerPageId(site, quote);
  return (id ? site.actors.get(id)?.name : undefined) ?? quote.speaker.name ?? null;
}

/** Page id of a quote's speaker (registry id or unregistered page id), if any. */
export function speakerPageId(site: SiteAnalysis, quote: Quote): string | undefined {
  return quote.speaker.id ?? (quote.speaker.name ? site.unregisteredIds.get(quote.speaker.name) : undefined);
}
