/** The evidence behind an attribution (cue and mention with offsets) and its confidence. */
import type { Cue } from './speech-cues.ts';
import type { Confidence, Evidence, EvidenceHow, Speaker, TextSpan } from './types.ts';

function span(texts: string[], para: number, start: number, end: number): TextSpan {
  return { paragraph: para + 1, start, end, text: texts[para]!.slice(start, end) };
}

/** How a method name of the resolver reads as evidence. */
function howOf(method: string | null, speaker: Speaker): EvidenceHow {
  if (method === 'pronoun' || method === 'description' || method === 'continuation') return method;
  if (method === 'override') return 'override';
  return speaker.kind === 'organisation' ? 'organisation' : 'name';
}

/** Confidence by how the speaker was reached; calibrated on the real-news bench (bench/polnear.ts). */
const CONFIDENCE: Record<EvidenceHow, Confidence> = {
  name: 'high',
  organisation: 'high',
  override: 'high',
  description: 'medium',
  continuation: 'medium',
  pronoun: 'medium',
};

/** Evidence and confidence of one attribution; both null when there is no speaker. */
export function evidenceFor(
  cue: Cue | null,
  method: string | null,
  speaker: Speaker,
  texts: string[],
): { evidence: Evidence | null; confidence: Confidence | null } {
  if (!speaker.id && !speaker.name && !speaker.description) return { evidence: null, confidence: null };
  const how = speaker.description ? 'description' : howOf(method, speaker);
  const evidence: Evidence = {
    how,
    cue: cue ? span(texts, cue.para, cue.verbStart, cue.verbEnd) : null,
    mention: cue?.subject ? span(texts, cue.para, cue.subject.start, cue.subject.end) : null,
  };
  return { evidence, confidence: CONFIDENCE[how] };
}
