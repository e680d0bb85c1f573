/** Speakers as the analysis publishes them, and the list of speakers the registry lacks. */
import type { Cue } from './cue.ts';
import { before, type Discourse, type Resolution } from './discourse.ts';
import { describesUnnamedSource, isWriter, unnamedPronoun, unnamedSourceText } from './person-phrases.ts';
import {
  ADDRESSED_VERBS,
  alternation,
  GENERIC_HEADS,
  GROUP_NOUNS,
  INSTITUTION_NOUNS,
  NON_PERSON_HEADS,
  ORG_NOUNS,
  SPEAKING_HEAD_NOUNS,
  wordSet,
} from './lexicon.ts';
import type { Speaker, UnregisteredSpeaker } from './types.ts';

/** No speaker. */
export const NOBODY: Speaker = { id: null, name: null, registered: false };

/**
 * The published speaker of a resolution (registry actor or unregistered person or body), with a role; with no
 * entity, the unnamed source the subject describes ("officials") or the author for "I", else nobody.
 */
export function speakerOf(d: Discourse, res: Resolution, role?: string, subject?: string): Speaker {
  if (!res.key) {
    // "“…,” I said": in a first-person piece the writer speaks
    if (subject && isWriter(subject)) return { ...NOBODY, description: 'the author' };
    // "The union rejected the deal. They said “…”", "“…,” it read": a group or a thing the engine cannot
    // name speaks through the pronoun
    const pronoun = subject ? unnamedPronoun(subject) : null;
    if (pronoun) return { ...NOBODY, description: pronoun };
    return subject && describesUnnamedSource(subject)
      ? { ...NOBODY, description: unnamedSourceText(subject) }
      : { ...NOBODY };
  }
  const e = d.entities.get(res.key)!;
  const sp: Speaker = { id: e.id, name: e.name, registered: e.id !== null };
  if (e.id === null && e.kind === 'organisation') sp.kind = 'organisation';
  const r = role ?? e.role;
  if (r) sp.role = r;
  return sp;
}

/** Records an unregistered speaker and the paragraph where they speak. */
export function noteUnregistered(
  unregistered: Map<string, UnregisteredSpeaker>,
  sp: Speaker,
  paragraph: number,
): void {
  if (sp.registered || !sp.name) return;
  const u: UnregisteredSpeaker = unregistered.get(sp.name) ?? {
    name: sp.name,
    paragraphs: [],
    ...(sp.kind ? { kind: sp.kind } : {}),
  };
  if (sp.role && !u.role) u.role = sp.role;
  if (!u.paragraphs.includes(paragraph)) u.paragraphs.push(paragraph);
  u.paragraphs.sort((x, y) => x - y);
  unregistered.set(sp.name, u);
}

const ASKING = wordSet(ADDRESSED_VERBS);
const PERSON_PRONOUN = /^(?:he|she)$/i;

/** Heads of descriptions that are no single person: groups, bodies, places and the things they issue. */
const NOT_ONE_PERSON = new RegExp(
  `^(?:${alternation([
    ...GROUP_NOUNS,
    ...GENERIC_HEADS,
    ...NON_PERSON_HEADS,
    ...ORG_NOUNS,
    ...INSTITUTION_NOUNS,
    ...SPEAKING_HEAD_NOUNS,
  ])})$`,
);

/**
 * One person described, not named ("the fleet chief", "One port delegate", "the 42-year-old"): an unnamed
 * source whose head is no plural, group, body or thing ("voters", "the campaign", "this speech").
 */
function singlePerson(text: string): boolean {
  const t = text.trim();
  const head = t
    .split(/\s+(?:of|in|at|for|from|with|on|to|inside|who|that)\s+/)[0]!
    .split(/\s+/)
    .pop()!
    .toLowerCase();
  return describesUnnamedSource(t) && !NOT_ONE_PERSON.test(head) && !/[^s]s$/.test(head);
}

/**
 * The cue of the unnamed person a "he"/"she" cue that resolved to nobody goes on from ("“…,” said a port
 * official. ¶ “…,” he said."): the latest cue before it, in its paragraph or the one before, when that cue's
 * subject is an unnamed person ("a port official") and nobody was named since; null otherwise. One who asked
 * is not taken ("a voter asked … “…,” she replied": she is the one asked); an earlier "he"/"she" of nobody is
 * passed over (the same person going on).
 */
export function unnamedAntecedent(
  cue: Cue,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  d: Discourse,
): Cue | null {
  if (!cue.subject || !PERSON_PRONOUN.test(cue.subject.text.trim())) return null;
  const at = cue.subject.start;
  const earlier = [...(cuesByPara[cue.para - 1] ?? []), ...cuesByPara[cue.para]!].filter(
    (c) => c.subject && before({ para: c.para, pos: c.subject.start }, cue.para, at),
  );
  earlier.sort((a, b) => b.para - a.para || b.subject!.start - a.subject!.start);
  // "… a taker, he said. “…,” he said.": an earlier "he"/"she" of nobody goes on from the same person
  const last = earlier.find((c) => !(PERSON_PRONOUN.test(c.subject!.text.trim()) && !resolved.get(c)?.key));
  const subject = last?.subject?.text ?? '';
  if (!last || resolved.get(last)?.key || !singlePerson(subject)) return null;
  if (ASKING.has(last.verb.toLowerCase())) return null;
  const named = d.occurrences.some(
    (o) =>
      before({ para: last.para, pos: last.subject!.start }, o.para, o.pos) &&
      before(o, cue.para, at) &&
      d.entities.get(o.key)?.kind === 'person',
  );
  return named ? null : last;
}
