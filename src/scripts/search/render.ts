/**
 * Renders search results into the DOM without ever parsing result text as HTML:
 * Pagefind's excerpts carry <mark> tags, which become real <mark> elements; all
 * other text is set as text.
 */
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
  speaker?: string;
  role?: string;
  excerpt: string;
  subs: { title: string; url: string; excerpt: string }[];
}

/** Turns Pagefind's data into what the list shows: quote records link to the quote in its article. */
export function toRendered(data: ResultData): RenderedResult {
  const kind = data.filters.kind?.[0] ?? 'page';
  const url = data.meta.target ?? data.url;
  const subs =
    kind === 'quote'
      ? []
      : data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3);
  // A quote's title is the quote itself: its excerpt would only repeat it.
  const excerpt = kind === 'quote' ? '' : data.excerpt;
  return {
    kind,
    title: data.meta.title ?? url,
    url,
    speaker: data.meta.speaker,
    role: data.meta.role,
    excerpt,
    subs,
  };
}

/** One result as a list item: title link, kind, speaker, excerpt, and up to three deep links. */
export function resultItem(result: RenderedResult, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset.kind = result.kind;
  const kind = document.createElement('span');
  kind.className = 'search-kind';
  kind.textContent =
    result.kind === 'quote'
      ? 'Quote'
      : result.kind === 'actor profile'
        ? 'Actor'
        : result.kind === 'conflict'
          ? 'Conflict'
          : 'Article';
  const link = document.createElement('a');
  link.href = withHighlight(result.url, query);
  link.className = 'search-title';
  link.textContent = result.title;
  const head = document.createElement('p');
  head.append(kind, ' ', link);
  li.append(head);
  if (result.speaker) {
    const by = document.createElement('p');
    by.className = 'search-speaker';
    by.textContent = `Said by ${result.speaker}${result.role ? `, ${result.role}` : ''}`;
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
