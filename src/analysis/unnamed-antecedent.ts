/**
 * The unnamed person a "he"/"she" goes on from when it resolved to nobody ("“…,” said a port official. ¶
 * “…,” he said."): the antecedent no name gives.
 */
import type { Cue } from './cue.ts';
import { before, type Discourse, type Resolution } from './discourse.ts';
import { describesUnnamedSource } from './person-phrases.ts';
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
