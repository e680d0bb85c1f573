/** Stage 8, reported speech: the clause a resolved cue reports ("Kirby said that …", "according to X, …"). */
import { uniqueSlug } from '../anchors.ts';
import type { AfterAttribution } from '../context.ts';
import { evidenceFor } from '../evidence.ts';
import { methodName } from '../quote-cues.ts';
import { reportedClause } from '../reported-clause.ts';
import { noteUnregistered, speakerOf } from '../speakers.ts';
import { normQuotes } from '../text.ts';
import type { Quote } from '../types.ts';

/** Reported statements of every resolved cue, in reading order; their speakers join the unregistered list. */
export function findReported(ctx: AfterAttribution): Quote[] {
  const { cues, resolved, texts, raw, segments, usedIds, unregistered, discourse: d } = ctx;
  const allCues = cues.flat();
  const quotes: Quote[] = [];
  for (const c of allCues) {
    const res = resolved.get(c);
    if (!res?.key) continue;
    const spans = reportedClause(c, texts[c.para]!, segments[c.para]!);
    if (!spans) continue;
    const text = spans.map(([s, e]) => raw[c.para]!.slice(s, e)).join(' ');
    const id = uniqueSlug(normQuotes(text), usedIds, { prefix: 'r-', words: 4, fallback: 'reported' });
    const speaker = speakerOf(d, res, c.subject?.role, c.subject?.text);
    noteUnregistered(unregistered, speaker, c.para + 1);
    quotes.push({
      ...evidenceFor(c, methodName(c, res), c.kind === 'adding' ? 'continuation' : 'adjacent', speaker, raw),
      id,
      anchor: id,
      kind: 'reported',
      text,
      paragraph: c.para + 1,
      parts: spans.map(([start, end]) => ({ paragraph: c.para + 1, start, end })),
      speaker,
      method: c.kind === 'adding' ? 'continuation' : methodName(c, res),
      cue: raw[c.para]!.slice(Math.min(c.start, c.verbStart), Math.max(c.end, c.verbEnd)),
    });
  }
  return quotes;
}
