/** Formatting helpers shared by pages: dates, reading time, counts. */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "15 December 2023": a dateline in British news style, in UTC so builds agree. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** ISO date (YYYY-MM-DD) for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole minutes to read `text` at 230 words a minute, at least one. */
export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 230));
}

/** `text` cut to at most `max` characters at a word end, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3).trimEnd()}…` : text;
}

/** "1 quote", "3 quotes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Longest `<title>` that search results and tabs show whole (html-validate's long-title rule). */
export const TITLE_MAX = 70;

/** `text` cut at a word end so that it and a closing ellipsis fit in `max` characters. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The document title: "Page · Site" when that fits in TITLE_MAX characters, else the page title, cut if need be. */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  return full.length <= TITLE_MAX ? full : cutAtWord(title, TITLE_MAX);
}

/** A quote page's title, `“words…” — Speaker`, with the words cut so the whole fits in TITLE_MAX. */
export function quoteTitle(text: string, speaker: string): string {
  const room = Math.max(20, TITLE_MAX - speaker.length - '“” — '.length);
  return `“${cutAtWord(text, room)}” — ${speaker}`;
}

/** The accessible name of a quote's "Copy citation" control: `Copy citation: quote by X, “first five words…”`. */
export function citeLabel(
  kind: 'direct' | 'scare' | 'reported',
  text: string,
  speaker?: string | null,
  /** The control's visible words, which its name starts with. */
  action = 'Copy citation',
): string {
  const words = text.split(/\s+/).filter(Boolean);
  const opening = `${words.slice(0, 5).join(' ')}${words.length > 5 ? '…' : ''}`;
  return `${action}: ${kind === 'reported' ? 'statement' : 'quote'}${speaker ? ` by ${speaker}` : ''}, “${opening}”`;
}
