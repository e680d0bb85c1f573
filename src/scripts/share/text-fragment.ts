/**
 * Text fragments (`#anchor:~:text=…`, https://wicg.github.io/scroll-to-text-fragment/): building the
 * directive for a selection, and reading it back for browsers that do not support it. Pure string
 * work, no DOM, so it is unit-tested in Node.
 */

/** One `text=` directive: `[prefix-,]start[,end][,-suffix]`. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** A selection longer than this many words is linked by its first and last words (`start,end`). */
export const EXACT_MAX_WORDS = 10;
/** Words kept at each end of a long selection, and of the context around an ambiguous one. */
export const EDGE_WORDS = 4;
export const CONTEXT_WORDS = 3;

/** Percent-encodes one part of a directive: `-`, `,` and `&` are the directive's own syntax. */
export function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The directive as URL text, without the leading `:~:`: `text=prefix-,start,end,-suffix`. */
export function formatDirective(d: TextDirective): string {
  const parts = [
    ...(d.prefix ? [`${encodePart(d.prefix)}-`] : []),
    encodePart(d.start),
    ...(d.end ? [encodePart(d.end)] : []),
    ...(d.suffix ? [`-${encodePart(d.suffix)}`] : []),
  ];
  return `text=${parts.join(',')}`;
}

/** The link to a highlight: the page, its paragraph anchor (the fallback) and the text directive. */
export function highlightUrl(page: string, anchor: string, directive: TextDirective): string {
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  return `${url.toString()}#${anchor}:~:${formatDirective(directive)}`;
}

/** Collapses runs of whitespace (a selection keeps the source's line breaks). */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

/**
 * The directive for a selection given as its runs of article text (`runs`: contiguous text, split where
 * the page puts a control or a speaker chip between words, or a paragraph ends). A short selection in
 * one run is matched exactly; a longer one, or one that crosses a break, by its first and last words.
 * `context` (the words just before and after, in the same run) is added only when the text alone is
 * `ambiguous` on the page.
 */
export function directiveFor(
  runs: string[],
  context: { before: string; after: string } = { before: '', after: '' },
  ambiguous = false,
): TextDirective | null {
  const clean = runs.map(normalise).filter(Boolean);
  if (!clean.length) return null;
  const first = words(clean[0]!);
  const last = words(clean.at(-1)!);
  let directive: TextDirective;
  if (clean.length === 1 && first.length <= EXACT_MAX_WORDS) directive = { start: clean[0]! };
  else
    directive = {
      start: first.slice(0, EDGE_WORDS).join(' '),
      end: last.slice(-EDGE_WORDS).join(' '),
    };
  if (ambiguous) {
    const before = words(context.before).slice(-CONTEXT_WORDS).join(' ');
    const after = words(context.after).slice(0, CONTEXT_WORDS).join(' ');
    if (before) directive.prefix = before;
    if (after) directive.suffix = after;
  }
  return directive;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Parses one `text=` value (without `text=`) into its parts, or null when it has no start. */
export function parseDirective(value: string): TextDirective | null {
  const parts = value.split(',');
  const d: Partial<TextDirective> = {};
  if (parts[0]?.endsWith('-')) d.prefix = decodePart(parts.shift()!.slice(0, -1));
  if (parts.at(-1)?.startsWith('-')) d.suffix = decodePart(parts.pop()!.slice(1));
  if (!parts.length || parts.length > 2 || !parts[0]) return null;
  d.start = decodePart(parts[0]);
  if (parts[1]) d.end = decodePart(parts[1]);
  return d as TextDirective;
}

/**
 * Splits a URL or fragment into its element anchor and its text directives:
 * `…#para:~:text=a,b&text=c` gives `{ anchor: 'para', directives: [{start:'a',end:'b'},{start:'c'}] }`.
 */
export function parseFragment(urlOrHash: string): { anchor: string; directives: TextDirective[] } {
  const hash = urlOrHash.includes('#') ? urlOrHash.slice(urlOrHash.indexOf('#') + 1) : urlOrHash;
  const at = hash.indexOf(':~:');
  if (at < 0) return { anchor: decodePart(hash), directives: [] };
  const directives = hash
    .slice(at + 3)
    .split('&')
    .filter((p) => p.startsWith('text='))
    .map((p) => parseDirective(p.slice(5)))
    .filter((d): d is TextDirective => d !== null);
  return { anchor: decodePart(hash.slice(0, at)), directives };
}

/** Escapes a string for a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a directive part: case-insensitive, any run of whitespace for a space, whole words. */
function partPattern(text: string): string {
  return words(text).map(escapeRegExp).join('\\s+');
}

/**
 * Where a directive matches in a text (the article's words, controls left out): the offsets of the
 * passage from start to end, without prefix and suffix, or null. Matches begin and end on word
 * boundaries and ignore case, as browsers do.
 */
export function findDirective(text: string, d: TextDirective): { start: number; end: number } | null {
  const edge = '(?<![\\p{L}\\p{N}])';
  const tail = '(?![\\p{L}\\p{N}])';
  const lead = d.prefix ? `${partPattern(d.prefix)}\\s*` : '';
  const startRe = new RegExp(`${lead}${edge}(${partPattern(d.start)})${tail}`, 'giu');
  for (const m of text.matchAll(startRe)) {
    const from = (m.index ?? 0) + m[0].length - m[1]!.length;
    let to = from + m[1]!.length;
    if (d.end) {
      const endRe = new RegExp(`${edge}(${partPattern(d.end)})${tail}`, 'giu');
      endRe.lastIndex = to;
      const e = endRe.exec(text);
      if (!e) continue;
      to = e.index + e[1]!.length;
    }
    if (d.suffix && !new RegExp(`^\\s*${partPattern(d.suffix)}${tail}`, 'iu').test(text.slice(to))) continue;
    return { start: from, end: to };
  }
  return null;
}
