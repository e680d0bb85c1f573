/**
 * Sign-off lines: a paragraph that only names who said the quote above it, as round-ups and pull quotes
 * print them ("“…”" then "— Ann Roe." or "Ben Ortiz, Harbour Policy Institute."). Such a quote is not the
 * previous speaker's continuing, whatever came before it.
 */
import { leadingName } from './names.ts';
import type { QuoteGroup } from './quote-marks.ts';

/** Words a sign-off line may hold at most: a name and a short description. */
const MAX_WORDS = 12;

/**
 * The name a sign-off paragraph gives ("— Ann Roe, Leeds." -> "Ann Roe"), with its offsets, or null when the
 * paragraph says more than who spoke: a quote, a sentence of its own, a clause after the name.
 */
export function signOffName(text: string): { start: number; end: number } | null {
  if (/[“”"]/.test(text) || text.trim().split(/\s+/).length > MAX_WORDS) return null;
  const dash = /^\s*[-–—]+\s*/.exec(text)?.[0] ?? '';
  const nm = leadingName(text.slice(dash.length), dash.length);
  if (!nm) return null;
  // nothing after the name, or a description set off by a comma ("Ben Ortiz, Harbour Policy Institute.")
  const rest = text.slice(nm.end);
  if (!/^\s*[.]?\s*$/.test(rest) && !/^,\s*[^,.;:!?]+[.]?\s*$/.test(rest)) return null;
  // without a dash, a line that is only a name may be a subheading ("Monique Dalle", "REGIONAL WORRIES"):
  // it needs a description set off by a comma, a capitalised name or title, not a clause ("Roe, who left")
  if (!dash && !/^,\s*\p{Lu}/u.test(rest.trim())) return null;
  if (!/\p{Ll}/u.test(text.slice(nm.start, nm.end))) return null;
  return { start: nm.start, end: nm.end };
}

/** True when `g` ends its paragraph with its closing mark and the next paragraph is a sign-off line. */
export function signedOffBelow(g: QuoteGroup, masked: string[]): boolean {
  const last = g.segments[g.segments.length - 1]!;
  const below = masked[last.para + 1];
  return (
    below !== undefined &&
    last.close >= 0 &&
    !/\p{L}/u.test(masked[last.para]!.slice(last.close + 1)) &&
    signOffName(below) !== null
  );
}
