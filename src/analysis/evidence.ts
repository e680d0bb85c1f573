/**
 * The evidence behind an attribution (how the speaker was reached, how the quote reaches its cue, the cue and
 * the speaker's mention with offsets). Its confidence is set by the confidence stage (stages/confidence.ts);
 * until then an attribution counts as low.
 */
import type { Subject } from './cue-subjects.ts';
import type { Cue } from './cue.ts';
import type { Confidence, Evidence, EvidenceHow, EvidenceLink, Speaker, TextSpan } from './types.ts';

function span(texts: string[], para: number, start: number, end: number): TextSpan {
  return { paragraph: para + 1, start, end, text: texts[para]!.slice(start, end) };
}

/**
 * The words that name the speaker at the cue: the relative pronoun when the verb's subject is one ("Ann Roe,
 * who has called the plan “…”": "who", resolved to Ann Roe), else the subject.
 */
function mentionOf(subject: Subject, para: number, texts: string[]): TextSpan {
  const at = subject.relativePronoun ?? subject;
  return span(texts, para, at.start, at.end);
}

/** How the speaker was reached, from the resolver's method and the speaker. */
function howOf(method: string | null, speaker: Speaker, link: EvidenceLink): EvidenceHow {
  if (method === 'override') return 'override';
  if (link === 'continuation') return 'continuation';
  if (speaker.description || method === 'description') return 'description';
  if (method === 'pronoun') return 'pronoun';
  return speaker.kind === 'organisation' ? 'organisation' : 'name';
}

/** Evidence and confidence of one attribution; both null when there is no speaker. */
export function evidenceFor(
  cue: Cue | null,
  method: string | null,
  link: EvidenceLink | null,
  speaker: Speaker,
  texts: string[],
): { evidence: Evidence | null; confidence: Confidence | null } {
  if (!speaker.id && !speaker.name && !speaker.description) return { evidence: null, confidence: null };
  const reach = link ?? 'adjacent';
  const evidence: Evidence = {
    how: howOf(method, speaker, reach),
    link: reach,
    cue: cue && cue.verbEnd > cue.verbStart ? span(texts, cue.para, cue.verbStart, cue.verbEnd) : null,
    mention: cue?.subject ? mentionOf(cue.subject, cue.para, texts) : null,
  };
  return { evidence, confidence: 'low' };
}
