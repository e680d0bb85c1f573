/**
 * The subject of a speech cue: the words before the verb ("Kamran Gasanov, a political analyst, says") or
 * after it ("said Amina Yusuf, a nurse"), with the role an appositive gives.
 */
import {
  CIRCUMSTANCE_OPENINGS,
  CLAUSE_OPENING_WORDS,
  DESCRIPTION_LINK_WORDS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  GROUP_PLACE_PREPOSITIONS,
  INTERJECTIONS,
  OBJECT_PREPOSITIONS,
  SPOKESPERSON_LIKE_NOUNS,
  SUBJECT_STOP_WORDS,
  PARTICLE_NOUNS,
  PERSONAL_PRONOUNS,
  SUBORDINATORS,
  alternation,
  wordSet,
} from './lexicon.ts';
import { nameBeforeHome, type NameFound, trailingName } from './names.ts';
import { ORG_NAME_PHRASE, isOrgName } from './orgs.ts';
import {
  GROUP_NOUN,
  canSpeak,
  isAppositive,
  isCommonPersonWord,
  isIndefinitePerson,
} from './person-phrases.ts';

/** The words naming who speaks. */
export interface Subject {
  start: number;
  end: number;
  text: string;
  /** Appositive or pre-modifier role ("a nurse in Khan Younis", "US spokesman"). */
  role?: string;
  /** Reached through "who"/"which". */
  relative?: boolean;
  /** The relative pronoun ("who") that is the verb's own subject, when reached through one. */
  relativePronoun?: { start: number; end: number };
  /** A name the text treats as a body ("X, which runs …, said"). */
  body?: boolean;
}

const STOP_BACK = wordSet(SUBJECT_STOP_WORDS);
const PARTICLE_NOUN = wordSet(PARTICLE_NOUNS);

export const DETERMINER = wordSet(DETERMINERS);

/** A comma chunk that is a circumstance ("in a statement", "on Monday"), not a subject or its appositive. */
export const PREP_CHUNK = new RegExp(`^(${alternation(CIRCUMSTANCE_OPENINGS)})\\b`, 'i');

/** A personal pronoun, subject or object. */
export const PRONOUN = /^(he|she|it|they|him|her|them|He|She|It|They)$/;

/** A subject pronoun with a contracted auxiliary ("she’s", "they’ve"). */
const PRONOUN_CONTRACTION = /^(he|she|they|He|She|They)['’](?:s|ve|d)$/;

/** A chunk ending in a subject pronoun ("and he", "She"). */
const ENDS_IN_PRONOUN = /(?:^|\s)(?:he|she|they|He|She|They)$/;

/** An auxiliary, perhaps with an adverb, ending the words before a verb ("has always", "had often"). */
const AUX_AT_END =
  /\s+(?:has|have|had|will|would)(?:\s+(?:[a-z]+ly|always|often|never|already|long|just|ever))?\s*$/;

/** "one in five", "three in ten": a proportion of people. */
const SMALL_NUMBER = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/i;

const SUBJECT_PRONOUN_WORD = new RegExp(`^(?:${alternation(PERSONAL_PRONOUNS)})$`, 'i');

/** A finite verb inside a phrase: a clause, never a subject. */
export const FINITE = new RegExp(`\\b(?:${alternation(FINITE_AUXILIARIES)})\\b`);

/** Trailing noun phrase of a chunk ("This was also pointed out by Khaled Meshaal" -> "Khaled Meshaal"). */
export function trailingNP(text: string, offset: number): Subject | null {
  // "The press has always claimed", "since 2009 she has often told": the auxiliary and its adverb are no part
  // of the subject
  const found = AUX_AT_END.exec(text);
  // ("… which have long called" is left to the relative clause's rules)
  const aux = found && !/\b(?:who|which|that)$/i.test(text.slice(0, found.index)) ? found : null;
  if (aux) text = text.slice(0, aux.index);
  const toks = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu)];
  if (!toks.length) return null;
  let i = toks.length - 1;
  let startTok = toks.length;
  let taken = 0;
  while (i >= 0 && taken < 9) {
    const w = toks[i]![0];
    const lw = w.toLowerCase();
    if (DETERMINER.has(lw) && !(lw === 'that' && taken === 0)) {
      // "No one said": the negation belongs to the subject, which names nobody
      startTok = lw === 'one' && i > 0 && /^no$/i.test(toks[i - 1]![0]) ? i - 1 : i;
      break;
    }
    // "And he", "But she": a conjunction opening the sentence is not part of a pronoun subject
    const beforePronoun = taken === 1 && PRONOUN.test(toks[i + 1]![0]);
    // "a voice over says": a noun ending in a particle is no preposition; nor is the "in" of "one in five"
    // or the "of" of "supporters of reform" (a group noun before it)
    const before = i > 0 ? toks[i - 1]![0].toLowerCase() : '';
    const compound =
      i > 0 &&
      (PARTICLE_NOUN.has(`${before} ${lw}`) ||
        (taken > 0 && lw === 'in' && SMALL_NUMBER.test(before) && SMALL_NUMBER.test(toks[i + 1]![0])) ||
        (taken > 0 && lw === 'of' && GROUP_NOUN.test(before)));
    if (
      !compound &&
      (STOP_BACK.has(w) || (STOP_BACK.has(lw) && (i > 0 || beforePronoun)) || (lw === 'also' && taken === 0))
    )
      break;
    startTok = i;
    taken++;
    i--;
  }
  if (startTok >= toks.length) return null;
  // "Since 2009 she": the pronoun is the subject, not the words before it
  if (aux)
    for (let k = toks.length - 1; k > startTok; k--)
      if (SUBJECT_PRONOUN_WORD.test(toks[k]![0])) {
        startTok = k;
        break;
      }
  const last = toks[toks.length - 1]!;
  const s = toks[startTok]!.index!;
  // "she’s said", "they’ve argued": the pronoun without its auxiliary
  const contracted = startTok === toks.length - 1 ? PRONOUN_CONTRACTION.exec(last[0]) : null;
  const e = last.index! + (contracted ? contracted[1]!.length : last[0].length);
  return { start: offset + s, end: offset + e, text: text.slice(s, e) };
}

export function chunksOf(text: string, offset: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const part of text.split(',')) {
    const lead = part.length - part.trimStart().length;
    const t = part.trim();
    out.push({ text: t, start: offset + pos + lead, end: offset + pos + lead + t.length });
    pos += part.length + 1;
  }
  return out;
}

function wholeName(
  c: { text: string; start: number; end: number },
  isEntity: (s: number, e: number) => boolean,
): boolean {
  const nm = trailingName(c.text, c.start);
  return (nm !== null && nm.start === c.start) || isEntity(c.start, c.end);
}

export function isShortCap(chunk: string): boolean {
  return /^[A-Z][\p{L}.&-]*(?:\s+[A-Z][\p{L}.&-]*){0,2}$/u.test(chunk);
}

/** A circumstance ending in a place's name ("during a rally in Dayton", "speaking at Dover"). */
const PLACE_CHUNK = new RegExp(`${PREP_CHUNK.source}.*\\s(?:in|at|near|from)\\s+[A-Z][\\p{L}.-]*$`, 'u');

/** A participle phrase set off by commas ("speaking after talks with the envoy", "asked about the risk"). */
export const PARTICIPLE = /^(?:[a-z]+ing|asked|pressed|questioned)\b/;

export const INTERJECTION = new RegExp(`^(${alternation(INTERJECTIONS)})$`, 'i');

/**
 * True if a comma chunk ends in a name or a registry entity ("Syria’s Bashar al-Assad", "The European
 * Commission").
 */
function endsInName(
  c: { text: string; start: number; end: number },
  isEntity: (s: number, e: number) => boolean,
): boolean {
  const nm = trailingName(c.text, c.start);
  if (nm && nm.end >= c.end - 2) return true;
  const np = trailingNP(c.text, c.start);
  return (np !== null && isEntity(np.start, np.end)) || orgChunk(c) !== null;
}

/** The whole chunk as a subject when it is a bare name or "the X" entity name. */
function wholeNP(c: { text: string; start: number; end: number }): Subject | null {
  if (!/^(?:(?:the|The)\s+)?[A-Z]/.test(c.text) || /\s(?:who|which|that|and|but)\s/.test(c.text)) return null;
  return { start: c.start, end: c.end, text: c.text };
}

/**
 * A comma chunk that is an organisation's full name ("the Institute for the Study of War", "The IDF"), or
 * null.
 */
export function orgChunk(c: { text: string; start: number; end: number }): Subject | null {
  if (!ORG_NAME_PHRASE.test(c.text) || !isOrgName(c.text)) return null;
  return { start: c.start, end: c.end, text: c.text };
}

/**
 * Role from the appositive chunks following a name chunk (first appositive plus short capitalised
 * continuations).
 */
export function roleFrom(chunks: { text: string }[], from: number, to: number): string | undefined {
  const c = chunks[from];
  if (!c || from > to || !isAppositive(c.text)) return undefined;
  let role = c.text;
  for (let k = from + 1; k <= to && isShortCap(chunks[k]!.text); k++) role += `, ${chunks[k]!.text}`;
  return role;
}

/**
 * "officials in Paris", "protesters outside the ministry", "a source close to the talks", "two people
 * familiar with the matter": a group or a person described (the noun is group 2) with a place or a link after
 * it.
 */
const GROUP_WITH_PLACE = new RegExp(
  `^((?:(?:the|some|many|several|two|three|four|a|an|one|another)\\s+)?(?:[a-z-]+\\s+)?([a-z]+))\\s+` +
    `(?:${alternation(GROUP_PLACE_PREPOSITIONS)})\\s+\\S`,
);

/** A subordinating word inside a phrase ("… fined a man after the man"): a clause opens there. */
const INNER_CLAUSE = new RegExp(`\\s(?:${alternation(SUBORDINATORS.map((w) => w.toLowerCase()))})\\s`);

/** "A WHO spokesperson in …": a person noun, then a place preposition, before a capitalised name. */
const PERSON_FROM_PLACE = new RegExp(
  `((?:^|\\s)(?:an?|the|one)\\s+[^,]*?\\s(?:${alternation(SPOKESPERSON_LIKE_NOUNS)}))\\s+(?:in|at|from)\\s+$`,
  'i',
);

/**
 * Subject of a speech verb from the words before it in its clause: "Kamran Gasanov, a political analyst at X,
 * says" -> Kamran Gasanov (role "a political analyst at X").
 */
export function subjectBefore(
  masked: string,
  clauseStart: number,
  end: number,
  isEntity: (s: number, e: number) => boolean,
): Subject | null {
  const chunks = chunksOf(masked.slice(clauseStart, end), clauseStart);
  // "Name, a role, says": the comma closing the appositive leaves an empty last chunk
  const closed = chunks.length > 2 && !chunks[chunks.length - 1]!.text;
  if (chunks.length > 1 && !chunks[chunks.length - 1]!.text) chunks.pop();
  if (closed) {
    const opening = nameOpeningClause(chunks, masked);
    if (opening) return opening;
  }
  let i = chunks.length - 1;
  if (i < 0 || !chunks[i]!.text) return null;
  // "Roe, a top aide said, “is sure …”": a description between commas, with no comma before the verb, is
  // the subject of an inserted "… said,", not an appositive of the name before it
  const inserted = chunks[i]!;
  if (
    !closed &&
    i > 0 &&
    /^(?:a|an|one|another)\s+[a-z]/.test(inserted.text) &&
    isAppositive(inserted.text) &&
    /^\s*[a-z]+\s*,/.test(masked.slice(end))
  )
    return { start: inserted.start, end: inserted.end, text: inserted.text };
  let relative = false;
  const pronounChunk = chunks[i]!;
  if (/^(who|which)$/i.test(chunks[i]!.text)) {
    relative = true;
    i--;
  } else {
    // "Roe, during a rally in Dayton, Ohio, said": a state after a place continues the circumstance
    if (i > 1 && isShortCap(chunks[i]!.text) && PLACE_CHUNK.test(chunks[i - 1]!.text)) i--;
    // "Ann Roe of Dover, Kent says": a state after a person's home ends where they come from
    const home =
      i > 0 && isShortCap(chunks[i]!.text) ? nameBeforeHome(chunks[i - 1]!.text, chunks[i - 1]!.start) : null;
    if (home) return { start: home.start, end: home.end, text: masked.slice(home.start, home.end) };
    while (i > 0 && PREP_CHUNK.test(chunks[i]!.text) && !isAppositive(chunks[i]!.text)) i--;
    // "Syria’s Bashar al-Assad, meanwhile, said", "The Commission, however, told": a sentence adverb
    const beforeAdverb = i;
    while (
      i > 0 &&
      INTERJECTION.test(chunks[i]!.text) &&
      (endsInName(chunks[i - 1]!, isEntity) ||
        speakingDescription(chunks[i - 1]!.text) ||
        // "… and he, once again, promised"
        ENDS_IN_PRONOUN.test(chunks[i - 1]!.text))
    )
      i--;
    // "Supporters of the new levy, however, say": the whole description, not its last noun phrase
    if (i < beforeAdverb && speakingDescription(chunks[i]!.text) && !endsInName(chunks[i]!, isEntity)) {
      const nc = chunks[i]!;
      return { start: nc.start, end: nc.end, text: nc.text };
    }
    // "One tenant in Hackney, who asked not to be named, said": a closed relative clause after an unnamed
    // person
    if (
      i > 0 &&
      RELATIVE_WHO.test(chunks[i]!.text) &&
      (isIndefinitePerson(chunks[i - 1]!.text) || speakingDescription(chunks[i - 1]!.text))
    ) {
      const nc = chunks[i - 1]!;
      return { start: nc.start, end: nc.end, text: nc.text };
    }
    // "the summit in Dover, Kent, which Will claims affirmed …": with no comma before the verb, "which" is
    // the verb's object and the name or pronoun after it its subject
    const objectRelative = closed ? null : /^which\s+(?=\p{Lu}|(?:he|she|they)\s*$)/u.exec(chunks[i]!.text);
    if (objectRelative) {
      const c = chunks[i]!;
      const np = trailingNP(c.text.slice(objectRelative[0].length), c.start + objectRelative[0].length);
      if (np && np.start === c.start + objectRelative[0].length) return np;
    }
    // "One Dover Rising ad, which is airing, argues": the same after a thing that speaks
    if (i > 0 && /^which\s/.test(chunks[i]!.text) && speakingDescription(chunks[i - 1]!.text)) {
      const nc = chunks[i - 1]!;
      return { start: nc.start, end: nc.end, text: nc.text };
    }
    // "Médecins Sans Frontières, which runs a hospital in Darfur, said": the same after a body's name
    if (
      i > 0 &&
      /^which\s/.test(chunks[i]!.text) &&
      (ORG_NAME_PHRASE.test(chunks[i - 1]!.text) || isEntity(chunks[i - 1]!.start, chunks[i - 1]!.end))
    ) {
      const nc = chunks[i - 1]!;
      return orgChunk(nc) ?? { start: nc.start, end: nc.end, text: nc.text, body: true };
    }
    // "Abdullah al-Hassan, who fled Khartoum last year, said": a closed relative clause after the name
    // "Ann Roe, meanwhile, who sits on no committee, said": a sentence adverb before the clause is skipped
    const adverb = i > 1 && INTERJECTION.test(chunks[i - 1]!.text) ? 1 : 0;
    if (i > adverb && RELATIVE_WHO.test(chunks[i]!.text) && endsInName(chunks[i - 1 - adverb]!, isEntity)) {
      const nc = chunks[i - 1 - adverb]!;
      return wholeNP(nc) ?? trailingNP(nc.text, nc.start);
    }
    // "Ross, asked about the exchange, said": skip an interjection after a bare name
    while (
      i > 0 &&
      /^[a-z]/.test(chunks[i]!.text) &&
      !isAppositive(chunks[i]!.text) &&
      !/^(who|which|whose)\b/.test(chunks[i]!.text) &&
      wholeName(chunks[i - 1]!, isEntity)
    )
      i--;
    // "Interior Minister Lucia Ferraro, visiting the island, said": a participle phrase after a titled name
    while (i > 0 && PARTICIPLE.test(chunks[i]!.text) && endsInName(chunks[i - 1]!, isEntity)) i--;
  }
  if (i < 0) return null;
  let j = i;
  // "Mira Sole, 52, said": an age set off by commas is skipped like an appositive
  while (
    j > 0 &&
    (isAppositive(chunks[j]!.text) ||
      /^\d{1,3}$/.test(chunks[j]!.text) ||
      (isShortCap(chunks[j]!.text) && j - 1 > 0 && isAppositive(chunks[j - 1]!.text)))
  )
    j--;
  if (j < i || relative) {
    const nc = chunks[j]!;
    // "the Institute for the Study of War, a Washington-based think tank, said"
    const org = !relative ? orgChunk(nc) : null;
    if (org) {
      const role = roleFrom(chunks, j + 1, i);
      return role ? { ...org, role } : org;
    }
    const np = trailingNP(nc.text, nc.start);
    const nameLike = np && (trailingName(nc.text, nc.start) !== null || isEntity(np.start, np.end));
    const wholeChunk =
      np &&
      np.start === nc.start &&
      !/^(In|On|At|During|For|With|After|Before|From|By|Under|Since)\b/.test(nc.text) &&
      // "As Roe attacked Kell, the crowd chanted": a fronted clause is no name the next chunk describes
      !opensWithSubordinateClause(nc.text);
    if (np && nameLike && (relative || wholeChunk)) {
      // "…,” said Tom Kell, who added …": the inverted verb before the name is not part of the subject
      const nm = relative && /^[a-z]/.test(np.text) ? trailingName(nc.text, nc.start) : null;
      const subj: Subject =
        nm && nm.end === np.end
          ? { start: nm.start, end: nm.end, text: masked.slice(nm.start, nm.end) }
          : { ...np };
      const role = roleFrom(chunks, j + 1, i);
      if (role) subj.role = role;
      if (relative) Object.assign(subj, relativeOf(pronounChunk));
      return subj;
    }
    if (relative && np) return { ...np, ...relativeOf(pronounChunk) };
    // "One donor, a retired teacher from Wigan, said": an unnamed person described, with the appositive as
    // role
    if (
      !relative &&
      np &&
      np.start === nc.start &&
      /^(?:a|an|one|another)\s+[a-z]/i.test(nc.text) &&
      !/\p{Lu}/u.test(nc.text.slice(1))
    ) {
      const role = roleFrom(chunks, j + 1, i);
      return role ? { ...np, role } : np;
    }
  }
  const c = chunks[i]!;
  // "officials in Paris insisted", "protesters outside the ministry chanted": a group with a place or body
  // after its noun is the subject, not the place
  const group = GROUP_WITH_PLACE.exec(c.text.toLowerCase());
  // ("a staffer in the room wondered": any head that can speak, where it is)
  const placed = (g: RegExpExecArray) =>
    canSpeak(g[2]!) && /^\s+(?:in|at|inside|outside|near)\s/.test(c.text.slice(g[1]!.length).toLowerCase());
  // (not "a judge in May fined a man after the man": a clause opened inside the chunk has its own subject)
  if (
    group &&
    !INNER_CLAUSE.test(c.text) &&
    (GROUP_NOUN.test(group[2]!) || isCommonPersonWord(group[2]!) || placed(group))
  )
    return { start: c.start, end: c.end, text: c.text };
  // "A Greek captain whose ship made the crossing described": a relative clause, without commas, after a
  // described person
  const rel = /^((?:a|an|one|another)\s+.+?)\s+(?:who|whose)\s/i.exec(c.text);
  if (rel && isIndefinitePerson(rel[1]!))
    return { start: c.start, end: c.start + rel[1]!.length, text: rel[1]! };
  const np = trailingNP(c.text, c.start);
  // "A WHO spokesperson in Geneva said": a place after a person noun belongs to the speaker's description
  const place = np && /^[A-Z]/.test(np.text) ? PERSON_FROM_PLACE.exec(masked.slice(c.start, np.start)) : null;
  if (np && place) {
    const s0 = c.start + place.index + place[1]!.length - place[1]!.trimStart().length;
    return { start: s0, end: np.end, text: masked.slice(s0, np.end) };
  }
  return np ? beyondPreposition(masked, c.start, np) : null;
}

const OBJECT_PREPOSITION = new RegExp(`\\s(?:${alternation(OBJECT_PREPOSITIONS)})\\s+$`, 'i');

/** A past participle and "by" ending the words before a noun phrase ("a letter … obtained by"). */
const PASSIVE_BY = /\s\p{Ll}+(?:ed|en)\s+by\s*$/u;

/**
 * "A May 1 letter from the union obtained by the Herald warns": the agent of a passive participle is no
 * subject; the phrase the participle hangs on is, when it is all the words before it, led by a determiner or
 * a capital, with no finite verb. `pre` starts at offset `at`.
 */
function passiveHead(pre: string, at: number): Subject | null {
  const m = PASSIVE_BY.exec(pre);
  if (!m) return null;
  const lead = /^\s*/.exec(pre)![0].length;
  const text = pre.slice(lead, m.index).trimEnd();
  const first = text.split(/\s+/)[0] ?? '';
  if (!text || FINITE.test(text) || /[,;:“”"░]/.test(text)) return null;
  if (!/^\p{Lu}/u.test(first) && !DETERMINER.has(first.toLowerCase())) return null;
  return { start: at + lead, end: at + lead + text.length, text };
}

/**
 * A subject found as the object of a preposition is none: "Roe's email to his voters notes" -> the phrase
 * it hangs on ("Roe's email"), when that can speak; "but on a radio show said" -> null (the verb
 * shares the sentence's subject); else `np` as found.
 */
function beyondPreposition(masked: string, from: number, np: Subject): Subject | null {
  const pre = ' ' + masked.slice(from, np.start);
  const agent = passiveHead(pre, from - 1);
  if (agent) return agent;
  const prep = OBJECT_PREPOSITION.exec(pre);
  if (!prep) return np;
  const head = pre.slice(0, prep.index);
  if (/^\s*(?:and|but)\s*$/i.test(head)) return null;
  // "the Council on Foreign Relations", "six in 10 voters": a name or a share, not a phrase and its object
  if (/\p{Lu}[\p{L}’'.-]*$/u.test(head) && /^[\p{Lu}\d]/u.test(np.text)) return np;
  const hnp = trailingNP(head, from - 1);
  // the phrase must be all the words before the preposition, led by a determiner or a capital ("rallied
  // fans with his calls" is a clause)
  const whole = hnp && hnp.end === from - 1 + head.length && !/\S/.test(head.slice(0, hnp.start - from + 1));
  const led = hnp && (/^\p{Lu}/u.test(hnp.text) || DETERMINER.has(hnp.text.split(/\s/)[0]!.toLowerCase()));
  if (!whole || !led || !canSpeak(hnp.text) || FINITE.test(hnp.text)) return np;
  // "Another source speaking to the paper said": the participle is no part of the phrase
  const text = hnp.text.replace(/\s+\p{Ll}+ing$/u, '');
  return { ...hnp, end: hnp.start + text.length, text };
}

/**
 * A comma chunk that is a fronted clause: a subordinating word ("As", "When", "While"; with `adjunct`, any
 * clause opening or a participle: "In a statement released Thursday", "Citing the attack") and more than a
 * name after it ("As Roe attacked
 * Kell", not "As Ann Roe" before ", the whip, put it").
 */
export function opensWithSubordinateClause(text: string, adjunct = false): boolean {
  const open = adjunct
    ? (NOT_A_NAME_OPENING.exec(text) ?? FRONTED_PARTICIPLE.exec(text))
    : FRONTED_CLAUSE.exec(text);
  if (!open) return false;
  const nm = trailingName(text);
  const rest = open[0].length + /^\s*/.exec(text.slice(open[0].length))![0].length;
  return !(nm && nm.start === rest && nm.end === text.length);
}

/**
 * "The two councillors", "the lawmaker", "One Dover Rising ad": a short description led by a determiner, with
 * no verb, whose head can speak (a chunk before "however" or a closed relative clause).
 */
function speakingDescription(text: string): boolean {
  const words = text.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (words.length > 6 || !/^[a-z]/.test(words[words.length - 1]!) || FINITE.test(text)) return false;
  // "Supporters of the new levy", "Critics of the plan": a group noun leads and speaks
  if (GROUP_NOUN.test(first) && words.length > 1) return true;
  return DETERMINER.has(first) && canSpeak(text);
}

/** The marks of a subject reached through a relative pronoun, with the pronoun's span. */
function relativeOf(c: { start: number; end: number }): Pick<Subject, 'relative' | 'relativePronoun'> {
  return { relative: true, relativePronoun: { start: c.start, end: c.end } };
}

/** A relative clause about a person: "who …", "whose …". */
const RELATIVE_WHO = /^(?:who|whose|who['’](?:s|d|ve))\s/;

const FRONTED_CLAUSE = new RegExp(
  `^(?:(?:And|But)\\s+(?:as|${alternation(SUBORDINATORS.map((w) => w.toLowerCase()))})|As|` +
    `${alternation(SUBORDINATORS)})\\s+`,
);

/** "Citing the attack, …", "Asked about it, …": a participle opening the sentence. */
const FRONTED_PARTICIPLE = /^(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned)\b/;

/** Words that open a circumstance, not a name, at the start of a clause ("After", "In", "When"). */
const NOT_A_NAME_OPENING = new RegExp(`^(?:${alternation(CLAUSE_OPENING_WORDS)})\\b`);

/** A preposition or a possessive before a name: the name ends a description ("envoy to the UN, Ann Roe"). */
const DESCRIPTION_LINK = new RegExp(`\\b(?:${alternation(DESCRIPTION_LINK_WORDS)})\\s|['’]s\\s`);

/** The name ending a clause's first chunk, or the name before where they are from ("Tom Kell of Dover"). */
function openingName(c0: { text: string; start: number; end: number }): NameFound | null {
  const home = nameBeforeHome(c0.text, c0.start);
  if (home) return home;
  const nm = trailingName(c0.text, c0.start);
  return nm && nm.end === c0.end ? nm : null;
}

/**
 * "Amy Pope, deputy homeland security adviser, said", "Ann Roe, who lives outside the capital, Dover, said",
 * "Tom Kell, chairman of Rising (a PAC), said": a person's full name (or titled name) that opens the clause
 * and is set off by a comma that closes right before the verb speaks, whatever describes them in between
 * (which becomes the role). Null when the clause does not open so.
 */
function nameOpeningClause(
  chunks: { text: string; start: number; end: number }[],
  masked: string,
): Subject | null {
  const c0 = chunks[0]!;
  if (!c0.text || NOT_A_NAME_OPENING.test(c0.text)) return null;
  const nm = openingName(c0);
  if (!nm || !(nm.name.includes(' ') || nm.title) || isOrgName(nm.name)) return null;
  // "Sweden’s ambassador to the United Nations, Ann Roe, said": a name after a preposition or a possessive
  // ends a description, it does not open the clause
  if (DESCRIPTION_LINK.test(masked.slice(c0.start, nm.start))) return null;
  const last = chunks[chunks.length - 1]!;
  const role = masked.slice(chunks[1]!.start, last.end).trim();
  if (!role || /^\d{1,3}$/.test(role)) return null;
  return { start: nm.start, end: nm.end, text: nm.name, role };
}
