/**
 * What each page's social card (its og:image) says, taken from the page's own data: the article's
 * headline, an actor's name and role, a conflict's counts, a quote and its speaker. Drawing is
 * `social-card-image.ts`; this module decides the words, the image's URL and its alt text.
 */
import { createHash } from 'node:crypto';
import { NO_SPEAKER } from './attribution.ts';
import { formatDate, plural, truncate } from './format.ts';

export const SITE_NAME = 'The Analysis Desk';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The words on one card. */
export interface CardData {
  kind: 'article' | 'actor' | 'conflict' | 'quote' | 'site';
  /** Small capitals above the title: the page type, source and date. */
  kicker: string;
  /** The headline, the name, or the quote's words. */
  title: string;
  /** Lines under the title: a description, a role, counts, the speaker. */
  lines: string[];
}

/** Card of an article: its headline, description, source and date. */
export function articleCard(a: {
  title: string;
  description: string;
  source: string;
  published: Date;
}): CardData {
  return {
    kind: 'article',
    kicker: `News analysis · ${truncate(a.source, 32)} · ${formatDate(a.published)}`,
    title: truncate(a.title, 140),
    lines: [truncate(a.description, 220)],
  };
}

/** Card of an actor: kind, name, role as the article states it, and how often it is named and quoted. */
export function actorCard(a: {
  name: string;
  kindLabel: string;
  registered: boolean;
  role?: string;
  paragraphs: number;
  quotes: number;
  articles: number;
}): CardData {
  return {
    kind: 'actor',
    kicker: a.registered ? a.kindLabel : `${a.kindLabel} · not in the registry`,
    title: truncate(a.name, 80),
    lines: [
      ...(a.role ? [truncate(a.role, 120)] : []),
      `Named in ${plural(a.paragraphs, 'paragraph')} of ${plural(a.articles, 'article')} · quoted ${plural(a.quotes, 'time')}`,
    ],
  };
}

/** Card of a conflict: its name and how much the articles discuss it. */
export function conflictCard(c: {
  name: string;
  paragraphs: number;
  articles: number;
  actors: string[];
}): CardData {
  return {
    kind: 'conflict',
    kicker: 'Conflict',
    title: truncate(c.name, 80),
    lines: [
      `Discussed in ${plural(c.paragraphs, 'paragraph')} of ${plural(c.articles, 'article')}`,
      ...(c.actors.length ? [truncate(`Named alongside: ${c.actors.join(', ')}`, 110)] : []),
    ],
  };
}

/**
 * Card of a quote: its words, and who said it. An attribution the analysis is not sure of reads
 * "Attributed to … (uncertain)", never as fact.
 */
export function quoteCard(q: {
  text: string;
  kind: 'direct' | 'scare' | 'reported';
  speaker: string | null;
  role?: string;
  certain: boolean;
  articleTitle: string;
  source?: string;
  published: Date;
}): CardData {
  // The name and role are cut to fit; "(uncertain)" never is.
  const who = q.speaker ? truncate(`${q.speaker}${q.role ? `, ${q.role}` : ''}`, 90) : null;
  const byline = !who ? NO_SPEAKER : q.certain ? `— ${who}` : `Attributed to ${who} (uncertain)`;
  return {
    kind: 'quote',
    kicker: [
      q.kind === 'reported' ? 'Reported statement' : 'Quote',
      q.source && truncate(q.source, 32),
      formatDate(q.published),
    ]
      .filter(Boolean)
      .join(' · '),
    title: q.kind === 'reported' ? truncate(q.text, 180) : `“${truncate(q.text, 180)}”`,
    lines: [byline, `In “${truncate(q.articleTitle, 100)}”`],
  };
}

/** The site's own card, for pages without one of their own (indexes, search). */
export function siteCard(description: string): CardData {
  return {
    kind: 'site',
    kicker: 'News analysis, read closely',
    title: SITE_NAME,
    lines: [truncate(description, 200)],
  };
}

/** Short content hash of a card: its image URL changes (`?v=`) when its words do, so shares refresh. */
export function cardVersion(card: CardData): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('hex').slice(0, 10);
}

/** Alt text of a card: what it shows, in one sentence. */
export function cardAlt(card: CardData): string {
  return `${card.kicker}: ${card.title}. ${card.lines.join('. ')}`.replace(/\.\./g, '.');
}

/** The image a page shares: its root-relative URL (versioned by content), size and alt text. */
export interface SocialImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The og:image of a page whose card is drawn at `path` (e.g. `/og/articles/x.png`). */
export function socialImage(path: string, card: CardData): SocialImage {
  return {
    url: `${path}?v=${cardVersion(card)}`,
    alt: cardAlt(card),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
}
