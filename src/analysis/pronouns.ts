/** Pronoun subjects ("he", "she", "it", "they") resolved to the entity the passage is about. */
import type { Discourse, Entity } from './discourse.ts';
import { addUnregistered, before, lastPos, lookupName, opensSentence, recentEntities } from './discourse.ts';

/** Resolves "he"/"she"/"it"/"they" to the most recent fitting entity before the position. */
export function resolvePronoun(d: Discourse, pronoun: string, para: number, pos: number): Entity | null {
  const p = pronoun.toLowerCase();
  const recent = recentEntities(d, para, pos);
  if (p === 'it') return resolveIt(d, recent, para, pos);
  if (p === 'they' || p === 'them') return resolveThey(d, recent, para, pos);
  const gender = p === 'he' || p === 'him' ? 'male' : 'female';
  const other = gender === 'male' ? 'female' : 'male';
  // someone known only by a full name in object position is a person for its first name's gender alone
  const people = recent.filter(
    (e) => e.kind === 'person' && !(e.byFirstNameOnly && e.nameGender === other && !e.gender),
  );
  // a gender stated in the text or registry wins; one guessed from an earlier pronoun only breaks ties
  const gendered = people.find((e) => e.gender === gender);
  const open = people.find((e) => !e.gender && e.guessedGender !== other);
  // a more recent person of unknown gender who opened a sentence since (the passage's subject) wins over a
  // registry gender; one named only as an object ("met David Ross") does not
  const subjectFirst =
    gendered &&
    open &&
    people.indexOf(open) < people.indexOf(gendered) &&
    opensSentenceSince(d, open.key, gendered.key, para, pos);
  let pick = (subjectFirst ? open : gendered) ?? open ?? people.find((e) => !e.gender) ?? null;
  // Centering: the person the previous sentence is about ("Moretti, 23, fell to his knees after Weber's
  // forehand sailed long. “…,” he said." -> Moretti) wins over one named further back or only in passing
  const fits = (e: Entity) => e.gender !== other && !(e.guessedGender === other && !e.gender);
  const centre = previousSentencePerson(d, para, pos, people.filter(fits));
  if (centre) pick = centre;
  pick ??= subjectName(d, para, pos, gender === 'male' ? 'He' : 'She');
  pick = byFirstName(d, pick, people, gender, para, pos);
  // "One donor, a retired teacher, said …. “…,” she said.": someone unnamed spoke since the candidate was
  // last named
  const lp = pick ? lastPos(d, pick.key, para, pos) : null;
  if (
    lp &&
    d.unresolved.some(
      (u) => u.person && before(lp, u.para, u.pos) && before(u, para, pos) && u.para >= para - 1,
    )
  )
    return null;
  if (pick && !pick.gender) pick.guessedGender = gender;
  return pick;
}

/**
 * A person named only as a sentence's subject ("Roe unloaded on the paper. “…,” he said."), in this paragraph
 * or the one before, or further back across paragraphs that go on with the same pronoun ("Roe's hair was
 * whiter. ¶ He praised … ¶ “…,” he said."): the latest such name, recorded as a person from there on.
 */
function subjectName(d: Discourse, para: number, pos: number, pronoun: 'He' | 'She'): Entity | null {
  let from = para - 1;
  const opening = new RegExp(`(?:^|[.!?]["”’]?\\s+)${pronoun}\\s+[a-z]`);
  while (
    from > 0 &&
    from > para - 3 &&
    !d.subjectNames.some((l) => l.para === from) &&
    opening.test(d.paragraphs?.[from] ?? '')
  )
    from--;
  const lone = d.subjectNames.filter((l) => l.para >= from && before(l, para, pos)).pop();
  if (!lone || !d.paragraphs) return null;
  const known = lookupName(d, lone.name);
  if (known) return d.entities.get(known) ?? null;
  return addUnregistered(d, lone.name, lone.para, lone.pos, d.paragraphs, { kind: 'person' });
}

/** A name followed by a possessive ("Hanamura's", "Jonas Weber’s"). */
const POSSESSIVE_NAME = /^[A-Z][\p{L}\p{M}.-]*(?:\s+[A-Z][\p{L}\p{M}.-]*){0,3}['’]s\s/u;

/**
 * Sentence starts in a paragraph, ignoring full stops inside quotation marks (“It is over. We lost,” she
 * said).
 */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  let depth = 0;
  let straight = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
    else if (/[.!?]/.test(ch) && depth === 0 && !straight) {
      const m = /^["”’]?\s+(?=[“"‘A-Z0-9])/.exec(text.slice(i + 1));
      if (m) starts.push(i + 1 + m[0].length);
    }
  }
  return starts;
}

/** The paragraph's sentence starts and the index of the sentence holding `pos`. */
function sentenceAt(text: string, pos: number): { starts: number[]; k: number } {
  const starts = sentenceStarts(text);
  let k = starts.length - 1;
  while (k > 0 && starts[k]! > pos) k--;
  return { starts, k };
}

/**
 * The person the sentence before the position's sentence is about, among `candidates`: the only one named
 * there, or the one it opens with. Null when that sentence names none of them, when the position's own
 * sentence names one of them before it, or when the position opens its paragraph.
 */
function previousSentencePerson(
  d: Discourse,
  para: number,
  pos: number,
  candidates: Entity[],
): Entity | null {
  const text = d.paragraphs?.[para];
  if (!text || !candidates.length) return null;
  const { starts, k } = sentenceAt(text, pos);
  if (k === 0) return null;
  const [prevStart, curStart] = [starts[k - 1]!, starts[k]!];
  const keys = new Set(candidates.map((e) => e.key));
  const inRange = (a: number, b: number) =>
    d.occurrences.filter((o) => o.para === para && o.pos >= a && o.pos < b && keys.has(o.key));
  if (inRange(curStart, pos).length) return null;
  // a possessive names an owner, not the person the sentence is about ("Hanamura's chief executive, Daisuke
  // Ono,")
  const prev = inRange(prevStart, curStart).filter(
    (o) => !POSSESSIVE_NAME.test(text.slice(o.pos, o.pos + 60)),
  );
  const named = [...new Set(prev.map((o) => o.key))];
  if (named.length === 1) return d.entities.get(named[0]!) ?? null;
  // the head of the sentence's opening noun phrase: after at most a few capitalised words or job words
  // ("United boss Karen Holt"), or after a description set off by a comma ("Hanamura's chief executive,
  // Daisuke Ono,")
  const openers = prev.filter((o) => {
    const pre = text.slice(prevStart, o.pos);
    return (
      (/^(?:[A-Z][\p{L}\p{M}.'’-]*\s+|[a-z]+\s+){0,4}$/u.test(pre) &&
        !/\b(?:said|says|told|and|but|after|before|when|while|of|with|by|to|for|from|in|on|at)\s/.test(
          pre,
        )) ||
      /^[^,.;]{0,40},\s*$/.test(pre)
    );
  });
  const opener = openers[openers.length - 1];
  return opener ? (d.entities.get(opener.key) ?? null) : null;
}

/**
 * A first name's usual gender breaks a tie the text leaves open ("Tom Hale and Ann Roe met at noon. “…,” she
 * said." -> Ann Roe): the pick's first name says the other gender, nothing in the text says otherwise, it is
 * not the subject of the pronoun's own sentence ("Graham told them he would …" stays Graham), and someone
 * named in this sentence or the one before fits the pronoun, by a stated gender or by first name; failing
 * that, unless the pick is named in the sentence before, someone named in this paragraph or the two
 * before who fits it.
 */
function byFirstName(
  d: Discourse,
  pick: Entity | null,
  people: Entity[],
  gender: 'male' | 'female',
  para: number,
  pos: number,
): Entity | null {
  const text = d.paragraphs?.[para];
  if (!pick || !text || pick.gender || pick.guessedGender === gender || !pick.nameGender) return pick;
  if (pick.nameGender === gender) return pick;
  const { starts, k } = sentenceAt(text, pos);
  // a name inside a quotation is what someone says, not who says it ("“… beat Tom Kell,” she said.")
  const namedIn = (e: Entity, a: number, b: number) =>
    d.occurrences.some(
      (o) => o.key === e.key && o.para === para && o.pos >= a && o.pos < b && !insideQuote(text, o.pos),
    );
  // the pick is the subject of the pronoun's own sentence ("Graham told them he would …", "In the debate,
  // Kell made clear he would …"), not a name met on the way ("Asked whether Tom Kell would win, she …")
  const subjectHere = d.occurrences.some(
    (o) =>
      o.key === pick.key &&
      o.para === para &&
      o.pos >= starts[k]! &&
      o.pos < pos &&
      /^(?:[^,]*,\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(starts[k]!, o.pos)),
  );
  if (subjectHere) return pick;
  const from = starts[Math.max(0, k - 1)]!;
  const other = gender === 'male' ? 'female' : 'male';
  const fits = (e: Entity) =>
    e.gender === gender || (!e.gender && e.guessedGender !== other && e.nameGender === gender);
  const near = people.find((e) => e !== pick && fits(e) && namedIn(e, from, pos));
  if (near || namedIn(pick, from, starts[k]!)) return near ?? pick;
  // a clear clash, the pick named before the sentence before: someone named in this paragraph or the two
  // before fits the pronoun by a stated gender, or by first name or an earlier pronoun with nothing against
  // it ("Ann Roe … joked about Tom Kell, the mayor. ¶ “…,” she said." -> Ann Roe)
  const fitsWell = (e: Entity) =>
    e.gender === gender ||
    (!e.gender && e.guessedGender !== other && (e.nameGender ?? e.guessedGender) === gender);
  const namedLately = (e: Entity) => (lastPos(d, e.key, para, pos)?.para ?? -1) >= para - 2;
  return people.find((e) => e !== pick && fitsWell(e) && namedLately(e)) ?? pick;
}

/** True if `pos` lies inside a quotation (curly or straight marks). */
function insideQuote(text: string, pos: number): boolean {
  let depth = 0;
  let straight = false;
  for (let i = 0; i < pos; i++) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '"') straight = !straight;
  }
  return depth > 0 || straight;
}

/** True if `key` is named at a sentence start after the last mention of `other` (and before the position). */
function opensSentenceSince(d: Discourse, key: string, other: string, para: number, pos: number): boolean {
  const o = lastPos(d, other, para, pos);
  if (!o || !d.paragraphs) return false;
  return d.occurrences.some(
    (x) =>
      x.key === key &&
      before(o, x.para, x.pos) &&
      before(x, para, pos) &&
      opensSentence(d.paragraphs![x.para]!, x.pos),
  );
}

/**
 * "it" is the most recent body, but not one that a speaking body was talking about ("ISW said Russia was ….
 * “…,” it said." -> ISW); an unresolved speaker in between blocks it.
 */
function resolveIt(d: Discourse, recent: Entity[], para: number, pos: number): Entity | null {
  const bodies = recent.filter((e) => e.kind !== 'person' && e.kind !== 'people');
  let pick = bodies[0];
  if (!pick) return null;
  const o0 = lastPos(d, pick.key, para, pos);
  const talkedAbout = o0
    ? d.spoken.find((s) => s.para === o0.para && s.start <= o0.pos && o0.pos < s.end && s.key !== pick!.key)
    : undefined;
  const speaker = talkedAbout ? bodies.find((e) => e.key === talkedAbout.key) : undefined;
  if (speaker) pick = speaker;
  const o = lastPos(d, pick.key, para, pos);
  if (o && d.unresolved.some((u) => before(o, u.para, u.pos) && before(u, para, pos) && u.para >= para - 1))
    return null;
  return pick;
}

/**
 * "they" is the body or group named last, in this paragraph or the one before ("The Harbor Union rejected the
 * deal. “…,” they said." -> the Harbor Union); nobody when a person was named since (they may be people) or
 * an unnamed speaker spoke since.
 */
function resolveThey(d: Discourse, recent: Entity[], para: number, pos: number): Entity | null {
  const pick = recent[0];
  if (!pick || pick.kind === 'person' || pick.kind === 'state') return null;
  const o = lastPos(d, pick.key, para, pos);
  const text = o && d.paragraphs?.[o.para];
  if (!o || !text || o.para < para - 1) return null;
  // the body opens its sentence: the sentence is about it ("The Harbor Union rejected …")
  const at = o.pos - (/(?:^|\s)[Tt]he\s+$/.exec(text.slice(0, o.pos))?.[0].trimStart().length ?? 0);
  if (!opensSentence(text, at)) return null;
  return d.unresolved.some((u) => before(o, u.para, u.pos) && before(u, para, pos)) ? null : pick;
}
