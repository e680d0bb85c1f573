/**
 * Citations: a quote as one line of plain text, an article in plain text (APA), BibTeX and CSL-JSON.
 * The article's CSL-JSON is the one record: citation-js turns it into BibTeX (with LaTeX escaping and
 * capitals protected), and the plain text is APA's form for a news article read online, from the same
 * fields. (citation-js's own CSL engine would take seconds per build to compile the APA style for
 * this one line.)
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Quote } from '../analysis/types.ts';
import { formatDate } from './format.ts';
import { MONTHS } from '../registry/dates.ts';

/** Who said a quote, and whether the analysis is sure enough to say so as fact. */
export interface QuoteCredit {
  /** Display name, or null when no speaker was found. */
  speaker: string | null;
  /** The role as the article states it. */
  role?: string;
  /**
   * True when the attribution may be cited as fact: the engine's confidence is high, or an editor
   * set the speaker. Anything else reads "attributed to … (uncertain)".
   */
  certain: boolean;
}

/** Whether an attribution may be stated as fact (see QuoteCredit.certain). */
export function isCertain(quote: Pick<Quote, 'confidence' | 'evidence'>): boolean {
  return quote.confidence === 'high' || quote.evidence?.how === 'override';
}

export interface QuoteCitationInput extends QuoteCredit {
  text: string;
  kind: Quote['kind'];
  articleTitle: string;
  source?: string;
  published: Date;
  /** Absolute URL of the quote in its article (with `#anchor`). */
  url: string;
}

/**
 * One line to paste: `“…” — Speaker, role, in Title, Source, date, URL#anchor`. An uncertain
 * attribution reads `— attributed to Speaker, role (uncertain)`; reported speech is marked as such.
 */
export function quoteCitation(q: QuoteCitationInput): string {
  const who = q.speaker ? [q.speaker, q.role].filter(Boolean).join(', ') : null;
  const credit = !who ? 'speaker not identified' : q.certain ? who : `attributed to ${who} (uncertain)`;
  const words = q.kind === 'reported' ? `Reported, not quoted: ${q.text}` : `“${q.text}”`;
  const where = [`in ${q.articleTitle}`, q.source, formatDate(q.published), q.url].filter(Boolean).join(', ');
  return `${words} — ${credit}, ${where}`;
}

/** What an article citation is made of. */
export interface ArticleCitationInput {
  slug: string;
  title: string;
  source: string;
  /** The byline; without one the source is cited as the author. */
  authors: string[];
  published: Date;
  /** Absolute URL of the article on this site. */
  url: string;
  /** The original's address, when the frontmatter gives it. */
  sourceUrl?: string;
}

/** A CSL-JSON item (the fields this site fills). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author: ({ literal: string } | { family: string; given?: string })[];
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  note?: string;
  language: string;
}

/** "Murat Sofuoglu" → { given: "Murat", family: "Sofuoglu" }; one word stays a literal name. */
function cslName(name: string): CslItem['author'][number] {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { literal: name.trim() };
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

/** The article as a CSL-JSON item (the reference managers' common format). */
export function articleCsl(a: ArticleCitationInput): CslItem {
  return {
    id: a.slug,
    type: 'article-newspaper',
    title: a.title,
    'container-title': a.source,
    author: a.authors.length ? a.authors.map(cslName) : [{ literal: a.source }],
    issued: {
      'date-parts': [[a.published.getUTCFullYear(), a.published.getUTCMonth() + 1, a.published.getUTCDate()]],
    },
    URL: a.url,
    ...(a.sourceUrl ? { note: `Originally published at ${a.sourceUrl}` } : {}),
    language: 'en',
  };
}

/** An author as APA writes it: "Sofuoglu, M." for a person, the name itself for an organisation. */
function apaName(author: CslItem['author'][number]): string {
  if ('literal' in author) return author.literal;
  // "Ann-Marie Dahl" → "A.-M. D.": a hyphenated name keeps its hyphen.
  const initials = (author.given ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((g) =>
      g
        .split('-')
        .filter(Boolean)
        .map((part) => `${part[0]!.toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return initials ? `${author.family}, ${initials}` : author.family;
}

/** APA 7 for a news article online: `Author. (2023, December 15). Title. Source. URL`. */
export function apaReference(item: CslItem): string {
  const names = item.author.map(apaName);
  const authors =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)!}`;
  const [year, month, day] = item.issued['date-parts'][0];
  const lead = authors.endsWith('.') ? authors : `${authors}.`;
  const title = /[.?!]$/.test(item.title) ? item.title : `${item.title}.`;
  return `${lead} (${year}, ${MONTHS[month - 1]} ${day}). ${title} ${item['container-title']}. ${item.URL}`;
}

/** The three forms of "Cite this article": plain text (APA), BibTeX, CSL-JSON. */
export function articleCitations(a: ArticleCitationInput): { text: string; bibtex: string; csl: string } {
  const item = articleCsl(a);
  const cite = new Cite([item]);
  const text = apaReference(item);
  return {
    text: a.sourceUrl ? `${text} Originally published at ${a.sourceUrl}` : text,
    bibtex: String(cite.format('bibtex', { format: 'text' })).trim(),
    // Indented, with the date's numbers kept on one line.
    csl: JSON.stringify([item], null, 2).replace(/\[\s+(\d+),\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2, $3]'),
  };
}
