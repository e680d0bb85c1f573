/**
 * Sign-off lines: a paragraph that only names who said the quote above it, as round-ups and pull quotes
 * print them ("“…”" then "— Ann Roe." or "Ben Ortiz, Harbour Policy Institute."; or a quote left open, then
 * "Ann Roe.”" closing it). Such a quote is not the previous speaker's continuing, whatever came before it.
 */
import { leadingName } from './names.ts';
import type { QuoteGroup } from './quote-marks.ts';

/** Words a sign-off line may hold at most: a name and a short description. */
const MAX_WORDS = 12;

/** The closing mark that ends a sign-off line under a quote left open ("Ann Roe.”"). */
const CLOSING = /["”]\s*$/;

/**
 * The name a sign-off paragraph gives ("— Ann Roe, Leeds." -> "Ann Roe"), with its offsets, or null when the
 * paragraph says more than who spoke: a quote, a sentence of its own, a clause after the name. `closes`: the
 * line is under a quote left open, and it may end with that quote's closing mark ("Ann Roe.”").
 */
export function signOffName(text: string, closes = false): { start: number; end: number } | null {
  const closed = closes && CLOSING.test(text);
  if (closed) text = text.replace(CLOSING, '');
  if (/[“”"]/.test(text) || text.trim().split(/\s+/).length > MAX_WORDS) return null;
  const dash = /^\s*[-–—]+\s*/.exec(text)?.[0] ?? '';
  const nm = leadingName(text.slice(dash.length), dash.length);
  if (!nm) return null;
  // nothing after the name, or a description set off by a comma ("Ben Ortiz, Harbour Policy Institute.")
  const rest = text.slice(nm.end);
  if (!/^\s*[.]?\s*$/.test(rest) && !/^,\s*[^,.;:!?]+[.]?\s*$/.test(rest)) return null;
  // without a dash, a line that is only a name may be a subheading ("Monique Dalle", "REGIONAL WORRIES"):
  // it needs a description set off by a comma, a capitalised name or title, not a clause ("Roe, who left")
  // (a closing mark after the name says the line belongs to the quote: "Ann Roe.”")
  if (!dash && !closed && !/^,\s*\p{Lu}/u.test(rest.trim())) return null;
  if (!/\p{Ll}/u.test(text.slice(nm.start, nm.end))) return null;
  // "Dockers’ Cold, Hard Winter": a possessive inside the name makes the line a subheading
  if (/\p{L}['’]s?\s/u.test(text.slice(nm.start, nm.end))) return null;
  return { start: nm.start, end: nm.end };
}

/**
 * How the quote `g` ends above the paragraph below it: 'closed' when its closing mark ends its paragraph,
 * 'open' when it is left open there (and the paragraph below does not carry it on), else null.
 */
export function quoteEndAbove(g: QuoteGroup, masked: string[]): 'closed' | 'open' | null {
  const last = g.segments[g.segments.length - 1]!;
  if (masked[last.para + 1] === undefined) return null;
  if (last.close < 0) return 'open';
  return /\p{L}/u.test(masked[last.para]!.slice(last.close + 1)) ? null : 'closed';
}

/** True when the paragraph below `g` is a sign-off line of it (`quoteEndAbove`, `signOffName`). */
export function signedOffBelow(g: QuoteGroup, masked: string[]): boolean {
  const end = quoteEndAbove(g, masked);
  const below = masked[g.segments[g.segments.length - 1]!.para + 1];
  return end !== null && signOffName(below!, end === 'open') !== null;
}
