/** Reported speech: clauses introduced by a speech cue outside quotation marks. */
import type { Segment } from './quote-marks.ts';
import type { Cue } from './cue.ts';

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The reported clause of a cue as one or two spans (a clause the cue interrupts has two), or null when there
 * is none worth reporting: too short, or mostly a direct quote (then the quote carries it).
 */
export function reportedClause(cue: Cue, text: string, segments: Segment[]): [number, number][] | null {
  if (!cue.clause || cue.kind === 'described-as') return null;
  const spans = cue.clauseTail ? [cue.clause, cue.clauseTail] : [cue.clause];
  let quoted = 0;
  let unquoted = 0;
  for (const [s, e] of spans) {
    if (segments.some((g) => g.para === cue.para && g.start <= s && e <= g.end)) return null;
    let plain = text.slice(s, e);
    for (const g of segments) {
      if (g.para !== cue.para || g.end <= s || g.start >= e) continue;
      const a = Math.max(s, g.start);
      const b = Math.min(e, g.end);
      quoted += words(text.slice(a, b));
      plain = plain.replace(text.slice(a, b), ' ');
    }
    unquoted += words(plain);
  }
  if (unquoted < 3) return null;
  if (quoted >= unquoted) return null;
  return spans;
}
