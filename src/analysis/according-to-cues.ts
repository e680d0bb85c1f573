/** "according to X", with the clause before it or after its comma. */
import { trimClause } from './clause-bounds.ts';
import { type Cue, type CueParagraph, sentenceOf } from './cue.ts';
import type { Subject } from './cue-subjects.ts';
import { FINITE } from './cue-subjects.ts';
import { subjectAfter } from './subject-after.ts';
import { wordCount } from './text.ts';

/**
 * A source without a capital or a determiner after "according to" ("exit polls", "new research by the
 * institute"): up to eight words to the next punctuation, with no finite verb.
 */
function bareSourceAfter(masked: string, from: number, limit: number): Subject | null {
  const m = /^\s+([a-z][^,.;:!?“”"░(—–]*)/.exec(masked.slice(from, limit));
  if (!m) return null;
  const text = m[1]!.trimEnd();
  if (wordCount(text) > 8 || FINITE.test(text)) return null;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + text.length, text };
}

export function accordingToCues({ masked, para, sents }: CueParagraph): Cue[] {
  const cues: Cue[] = [];
  let m: RegExpExecArray | null;
  // "according to X"
  const acc = /\b[Aa]ccording to\b/g;
  while ((m = acc.exec(masked))) {
    const sent = sentenceOf(sents, m.index);
    const subj =
      subjectAfter(masked, m.index + m[0].length, sent[1]) ??
      bareSourceAfter(masked, m.index + m[0].length, sent[1]);
    if (!subj) continue;
    let clause: [number, number] | null = null;
    const before = masked.slice(sent[0], m.index);
    if (before.trim()) clause = trimClause(masked, sent[0], m.index);
    else {
      let afterSubj = subj.end;
      if (subj.role) afterSubj = masked.indexOf(subj.role, subj.end) + subj.role.length;
      const comma = masked.slice(afterSubj, sent[1]).search(/,/);
      if (comma >= 0) clause = trimClause(masked, afterSubj + comma + 1, sent[1]);
    }
    cues.push({
      para,
      kind: 'according-to',
      start: m.index,
      end: subj.end,
      verbStart: m.index,
      verbEnd: m.index + m[0].length,
      verb: 'according to',
      subject: subj,
      sentence: sent,
      clause,
    });
  }
  return cues;
}
