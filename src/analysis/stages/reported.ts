/**
 * Stage 8, reported speech: the clause a cue reports ("Kirby said that …", "according to X, …", "…, officials
 * said"), when its subject resolves or describes an unnamed source.
 */
import { uniqueSlug } from '../anchors.ts';
import type { AfterAttribution } from '../context.ts';
import { evidenceFor } from '../evidence.ts';
import { methodName } from '../quote-cues.ts';
import { reportedClause } from '../reported-clause.ts';
import { noteUnregistered, speakerOf } from '../speakers.ts';
import { normQuotes } from '../text.ts';
import type { Quote } from '../types.ts';

/**
 * Reported statements of every cue with a speaker (resolved, or an unnamed source's description), in reading
 * order; named speakers join the unregistered list.
 */
export function findReported(ctx: AfterAttribution): Quote[] {
  const { cues, resolved, texts, raw, segments, usedIds, unregistered, discourse: d } = ctx;
  const allCues = cues.flat();
  const quotes: Quote[] = [];
  for (const c of allCues) {
    const res = resolved.get(c);
    if (!res) continue;
    // a subject no entity resolves speaks as the unnamed source it describes ("officials", "some analysts")
    const speaker = speakerOf(d, res, c.subject?.role, c.subject?.text);
    if (!res.key && !speaker.description) continue;
    const spans = reportedClause(c, texts[c.para]!, segments[c.para]!);
    if (!spans) continue;
    const text = spans.map(([s, e]) => raw[c.para]!.slice(s, e)).join(' ');
    const id = uniqueSlug(normQuotes(text), usedIds, { prefix: 'r-', words: 4, fallback: 'reported' });
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
