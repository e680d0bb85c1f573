/**
 * Renders search results into the DOM without ever parsing result text as HTML:
 * Pagefind's excerpts carry <mark> tags, which become real <mark> elements; all
 * other text is set as text.
 */
import { linkToParagraphs, parseFacets } from './facet-map.ts';
import type { ResultData } from './pagefind.ts';

/** Decodes HTML entities in a text fragment without creating elements or running anything. */
function decodeEntities(text: string): string {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body>${text.replace(/</g, '&lt;')}`,
    'text/html',
  );
  return doc.body.textContent ?? '';
}

/** Builds an excerpt as text nodes and <mark> elements only. */
export function excerptNode(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part.replace(/<[^>]*>/g, '')));
      if (inMark) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

/** Adds ?highlight= to a result URL, before its #anchor, so the landing page marks the words. */
export function withHighlight(url: string, query: string): string {
  const u = new URL(url, window.location.origin);
  u.searchParams.set('highlight', query);
  return u.pathname + u.search + u.hash;
}

export interface RenderedResult {
  kind: string;
  title: string;
  url: string;
  /** "Said by …" for a quote, with how sure the attribution is. */
  said?: string;
  /** For an actor or a conflict: the rest of the sentence after its name. */
  summary?: string;
  /** For an actor or a conflict: its other names. */
  aliases?: string;
  excerpt: string;
  subs: { title: string; url: string; excerpt: string }[];
}

/** Deep links shown under a page result. */
const SUBS = 4;

/**
 * Turns Pagefind's data for one page into what the list shows. An article's quotes that the search
 * found (its sub-results titled "Quote: …") are results of their own that land on the quote in the
 * article, worded as surely as the analysis is (the article's facets carry the words). They come
 * before the page itself, unless the page's first deep link is a paragraph that holds the query as
 * a phrase (rank.ts): then it leads. Under a filter that left only quotes on the page, the quotes alone.
 */
export function toRendered(result: ResultData): RenderedResult[] {
  const data = linkToParagraphs(result);
  const kind = data.filters.kind?.[0] ?? 'page';
  const url = data.meta.target ?? data.url;
  const anchors = parseFacets(data)?.anchors ?? {};
  const quotes: RenderedResult[] = [];
  const others: RenderedResult['subs'] = [];
  let pageLeads = false;
  for (const sub of data.sub_results) {
    if (sub.url === data.url || !sub.url.includes('#')) continue;
    const facts = sub.anchor ? anchors[sub.anchor.id] : undefined;
    if (!facts?.t) {
      if (quotes.length === 0 && others.length === 0) pageLeads = data.phraseLed === true;
      others.push(sub);
    } else
      quotes.push({
        kind: 'quote',
        title: facts.t,
        url: sub.url,
        ...(facts.w ? { said: facts.w } : {}),
        excerpt: '',
        subs: [],
      });
  }
  const subs = kind === 'quote' ? [] : others.slice(0, SUBS);
  if (data.narrowed && subs.length === 0 && quotes.length > 0) return quotes;
  const speaker = data.meta.speaker;
  const said =
    data.meta.said ??
    (speaker ? `Said by ${speaker}${data.meta.role ? `, ${data.meta.role}` : ''}` : undefined);
  const summary = data.meta.summary;
  // A quote's title is the quote itself, an entity's result is a sentence, and the deep links carry
  // their own excerpts: a page excerpt would only repeat them.
  const excerpt = kind === 'quote' || summary || subs.length ? '' : data.excerpt;
  const page: RenderedResult = {
    kind,
    title: data.meta.title ?? url,
    url,
    ...(said ? { said } : {}),
    ...(summary ? { summary } : {}),
    ...(data.meta.aliases ? { aliases: data.meta.aliases } : {}),
    excerpt,
    subs,
  };
  return pageLeads ? [page, ...quotes] : [...quotes, page];
}

const KIND_LABELS: Record<string, string> = {
  quote: 'Quote',
  'actor profile': 'Actor',
  conflict: 'Conflict',
};

/** The query's words (two letters or more), for marking them in text we write ourselves. */
function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/["“”]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length >= 2);
}

/** `text` as text nodes, with each word that starts with a query term in a <mark>. */
function markedText(text: string, terms: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    if (terms.some((t) => part.toLowerCase().startsWith(t))) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      fragment.append(mark);
    } else fragment.append(part);
  }
  return fragment;
}

/**
 * One result as a list item: its kind and title link; a quote's speaker; an actor or conflict as a
 * sentence ("John Kirby, US national security spokesman: …"); an excerpt; up to four deep links.
 */
export function resultItem(result: RenderedResult, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset.kind = result.kind;
  const kind = document.createElement('span');
  kind.className = 'search-kind';
  kind.textContent = KIND_LABELS[result.kind] ?? 'Article';
  const link = document.createElement('a');
  link.href = withHighlight(result.url, query);
  link.className = 'search-title';
  link.textContent = result.title;
  const head = document.createElement('p');
  head.append(kind, ' ', link);
  if (result.summary) {
    const rest = document.createElement('span');
    rest.className = 'search-summary';
    rest.textContent = result.summary;
    head.append(rest);
  }
  li.append(head);
  const terms = queryTerms(query);
  // Found by another of its names ("Tehran" finds Iran): say which.
  const byAlias =
    result.aliases &&
    !terms.some((t) => result.title.toLowerCase().includes(t)) &&
    result.aliases
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => terms.some((t) => w.startsWith(t)));
  if (result.aliases && byAlias) {
    const also = document.createElement('p');
    also.className = 'search-speaker';
    also.append('Also named as: ', markedText(result.aliases, terms));
    li.append(also);
  }
  if (result.said) {
    const by = document.createElement('p');
    by.className = 'search-speaker';
    by.textContent = result.said;
    li.append(by);
  }
  if (result.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(excerptNode(result.excerpt));
    li.append(excerpt);
  }
  if (result.subs.length) {
    const list = document.createElement('ul');
    list.className = 'search-subs';
    for (const sub of result.subs) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = withHighlight(sub.url, query);
      a.textContent = sub.title;
      const ex = document.createElement('span');
      ex.className = 'search-excerpt';
      ex.append(' — ', excerptNode(sub.excerpt));
      item.append(a, ex);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
