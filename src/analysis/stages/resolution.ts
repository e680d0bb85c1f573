/**
 * Stage 6, resolution: the entity each cue's subject refers to (a name, a pronoun, a description, a body),
 * in reading order, so each resolved speaker is there for the pronouns after it.
 */
import type { AfterCandidates, ResolutionLayer } from '../context.ts';
import { knownName, type Resolution } from '../discourse.ts';
import { isUnnamedPerson, resolveSubject } from '../resolve-subject.ts';
import type { Cue } from '../cue.ts';
import { isSubjectPronoun } from '../person-phrases.ts';
import type { MentionSpan } from '../types.ts';

/** Resolves every cue's subject; "adding that" continues the cue before it in the sentence. */
export function resolveCues(ctx: AfterCandidates): ResolutionLayer {
  const { discourse: d, matches, texts, raw, paragraphBlocks, cues } = ctx;
  const resolved = new Map<Cue, Resolution>();
  const coreferenceSpans: MentionSpan[] = [];
  const allCues = cues.flat();
  for (const c of allCues) {
    if (!c.subject) continue;
    // a one-word transcript label ("Onyango: “…”") is someone named before, or nobody
    const label =
      c.kind === 'colon' &&
      c.verb === ':' &&
      !c.subject.text.includes(' ') &&
      !matches[c.para]!.some((m) => m.type === 'actor' && m.start === c.subject!.start);
    // "Leave, the staff memo states, is “…”": one capitalised word opening a sentence whose only cue is its
    // subject may be any word; it is someone only when named before
    const opener =
      c.kind === 'sentence-subject' &&
      /^\p{Lu}\p{Ll}+$/u.test(c.subject.text) &&
      !isSubjectPronoun(c.subject.text) &&
      !/\p{L}/u.test(texts[c.para]!.slice(c.sentence[0], c.subject.start)) &&
      !matches[c.para]!.some((m) => m.type === 'actor' && m.start === c.subject!.start);
    const known = label || opener ? knownName(d, c.subject.text, c.para, c.subject.start, texts) : null;
    const res: Resolution =
      label || opener
        ? known
          ? { key: known, method: 'name', coreference: false }
          : { key: null, method: 'unresolved', coreference: false }
        : resolveSubject(d, c.subject, c.para, matches[c.para]!, texts);
    // "Roe …, even as she defended it, saying “…”": the nearer pronoun is the mention when it is Roe too
    if (
      res.key &&
      c.nearSubject &&
      resolveSubject(d, c.nearSubject, c.para, matches[c.para]!, texts).key === res.key
    )
      c.subject = { ...c.nearSubject, ...(c.subject.role ? { role: c.subject.role } : {}) };
    // "Kell keeps attacking what he calls “…”": the name the pronoun stands for, in its own sentence
    const outer =
      res.key && c.outerSubject ? resolveSubject(d, c.outerSubject, c.para, matches[c.para]!, texts) : null;
    // the pronoun stays marked as the speaker's coreference below
    const own = c.subject;
    if (outer?.key === res.key && c.outerSubject) c.subject = c.outerSubject;
    resolved.set(c, outer?.key === res.key ? outer : res);
    if (!res.key && !/^(he|she|it|they)$/i.test(c.subject.text.trim()))
      d.unresolved.push({ para: c.para, pos: c.subject.start, person: isUnnamedPerson(c.subject.text) });
    if (res.key) {
      d.spoken.push({ para: c.para, start: c.start, end: c.sentence[1], key: res.key });
      const e = d.entities.get(res.key);
      if (e) e.speaker = true;
      if (c.subject.role && e && !e.role) e.role = c.subject.role;
      // a body or person found by description ("the company said") is named there for a later "it"/"he" too
      if (res.key && (!res.key.startsWith('u:') || res.method === 'description')) {
        d.occurrences.push({ para: c.para, pos: c.subject.start, key: res.key });
        d.occurrences.sort((x, y) => x.para - y.para || x.pos - y.pos);
      }
    }
    if (res.coreference && res.key && !res.key.startsWith('u:')) {
      coreferenceSpans.push({
        block: paragraphBlocks[c.para]!,
        paragraph: c.para + 1,
        start: own.start,
        end: own.end,
        surface: raw[c.para]!.slice(own.start, own.end),
        type: 'actor',
        id: res.key,
        via: 'coreference',
      });
    }
  }
  d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
  // "adding that" continues the cue before it in the sentence
  for (const c of allCues) {
    if (c.kind !== 'adding') continue;
    const prev = cues[c.para]!.filter(
      (x) => x !== c && x.end <= c.start && x.sentence[0] === c.sentence[0] && resolved.get(x)?.key,
    ).pop();
    if (prev) resolved.set(c, resolved.get(prev)!);
  }

  return { resolved, coreferenceSpans };
}
