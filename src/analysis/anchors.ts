/** Stable, readable anchors for headings, paragraphs and quotes. */
import GithubSlugger from 'github-slugger';
import { slugWords } from './text.ts';

/** Heading slugs exactly as rehype-slug makes them (one github-slugger per document). */
export function headingAnchors(texts: string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((t) => slugger.slug(t));
}

/**
 * The first `k` slug words of a text, read from its opening characters when they hold more than `k` words
 * (so the last one is whole), else from the whole text: the same words as `slugWords(text).slice(0, k)`.
 */
export function leadingSlugWords(text: string, k: number): string[] {
  const head = slugWords(text.slice(0, 16 * (k + 1)));
  return (head.length > k ? head : slugWords(text)).slice(0, k);
}

/**
 * A unique slug from the first `words` words of `text`, extended word by word on collision, then suffixed
 * "-2", "-3"... as a last resort; the result is added to `used`.
 */
export function uniqueSlug(
  text: string,
  used: Set<string>,
  opts: { prefix?: string; words?: number; fallback?: string } = {},
): string {
  const prefix = opts.prefix ?? '';
  const n = opts.words ?? 5;
  const words = leadingSlugWords(text, n + 7);
  const base = (k: number) => prefix + (words.slice(0, k).join('-') || opts.fallback || 'p');
  let candidate = base(n);
  for (let k = n + 1; used.has(candidate) && k <= Math.min(words.length, n + 7); k++) candidate = base(k);
  if (used.has(candidate)) {
    const stem = candidate;
    for (let i = 2; used.has(candidate); i++) candidate = `${stem}-${i}`;
  }
  used.add(candidate);
  return candidate;
}

/** Paragraph anchors from the first ~5 words, never colliding with `reserved` (heading slugs). */
export function paragraphAnchors(texts: string[], reserved: Iterable<string> = []): string[] {
  const used = new Set(reserved);
  return texts.map((t) => uniqueSlug(t, used, { words: 5, fallback: 'paragraph' }));
}
