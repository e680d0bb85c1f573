/** Speaker attribution: who a cue's subject refers to (registry alias, name, pronoun, description). */
import type { Actor, Registry } from '../registry/schema.ts';
import type { AliasMatch } from './mentions.ts';
import type { Subject } from './cues.ts';
import {
  afterPlacePreposition,
  GOV_BODY,
  GROUP_NOUNS,
  isIndefinitePerson,
  isPersonAppositive,
  isPersonHead,
  isTitleWord,
  leadingName,
  MEMBERS_OF,
  POST_NOMINAL_TAIL,
  trailingName,
  TITLES,
} from './people.ts';
import { slugWords } from './text.ts';
import { acronymFits, isAcronym, isBodyNoun, isOrgName, ORG_NOUNS } from './orgs.ts';

/** A person or organisation the article talks about (registered or not). */
export interface Entity {
  /** Registry id, or "u:<name>" for an unregistered speaker. */
  key: string;
  id: string | null;
  name: string;
  /** Actor kind; "person" or "organisation" for unregistered ones. */
  kind: string;
  role?: string;
  gender?: 'male' | 'female';
  /** Gender guessed from a pronoun resolved to it (a soft hint, never overrides `gender`). */
  guessedGender?: 'male' | 'female';
  /** Quoted or reporting somewhere already (preferred antecedent for pronouns). */
  speaker?: boolean;
}

/** One place where an entity is named (0-based paragraph index and offset). */
export interface Occurrence {
  para: number;
  pos: number;
  key: string;
}

export interface Resolution {
  key: string | null;
  method: 'alias' | 'name' | 'pronoun' | 'description' | 'unresolved';
  /** Found through a pronoun or description (counts as a coreference mention). */
  coreference: boolean;
}

/** The discourse model: entities and where they occur, in reading order. */
export interface Discourse {
  entities: Map<string, Entity>;
  occurrences: Occurrence[];
  actors: Map<string, Actor>;
  /** Unregistered entities by full name and by surname. */
  byName: Map<string, string>;
  /** Speech-cue subjects that resolved to nobody ("A little-known group said"): "it" does not reach back past them. */
  unresolved: { para: number; pos: number; person?: boolean }[];
  /** Sentences from a resolved speaker's cue to the sentence end: names inside are what the speaker talks about. */
  spoken: { para: number; start: number; end: number; key: string }[];
  /** The paragraph texts, when known (for position tests). */
  paragraphs?: string[];
}

/** Creates the discourse model from the registry and the alias matches of each paragraph. */
export function createDiscourse(
  registry: Registry,
  matches: AliasMatch[][],
  paragraphs?: string[],
): Discourse {
  const entities = new Map<string, Entity>();
  const actors = new Map<string, Actor>();
  for (const a of registry.actors) {
    actors.set(a.id, a);
    const e: Entity = { key: a.id, id: a.id, name: a.name, kind: a.kind };
    if (a.role) e.role = a.role;
    if (a.gender) e.gender = a.gender;
    entities.set(a.id, e);
  }
  const occurrences: Occurrence[] = [];
  matches.forEach((ms, para) => {
    for (const m of ms) if (m.type === 'actor') occurrences.push({ para, pos: m.start, key: m.id });
  });
  return {
    entities,
    occurrences,
    actors,
    byName: new Map(),
    unresolved: [],
    spoken: [],
    ...(paragraphs ? { paragraphs } : {}),
  };
}

/** Adds an unregistered person or organisation (once) and its later occurrences in the paragraphs. */
export function addUnregistered(
  d: Discourse,
  name: string,
  para: number,
  pos: number,
  paragraphs: string[],
  extra: { role?: string; gender?: 'male' | 'female'; kind?: 'person' | 'organisation' } = {},
): Entity {
  const known = lookupName(d, name);
  if (known) {
    const e = d.entities.get(known)!;
    if (!e.role && extra.role) e.role = extra.role;
    if (!e.gender && extra.gender) e.gender = extra.gender;
    return e;
  }
  const kind = extra.kind ?? (isOrgName(name) ? 'organisation' : 'person');
  // "the ICRC" after "the International Committee of the Red Cross" (or before it): one body
  const expanded = kind === 'organisation' ? acronymEntity(d, name) : null;
  if (expanded) {
    if (isAcronym(expanded.name) && !isAcronym(name)) {
      d.byName.set(name, expanded.key);
      expanded.name = name;
    }
    addAlias(d, name, expanded.key, para, pos, paragraphs);
    return expanded;
  }
  const key = `u:${name}`;
  const e: Entity = { key, id: null, name, kind };
  if (extra.role) e.role = extra.role;
  if (extra.gender) e.gender = extra.gender;
  d.entities.set(key, e);
  d.byName.set(name, key);
  const parts = name.split(/\s+/);
  const surname = parts[parts.length - 1]!;
  if (kind === 'person' && parts.length > 1 && !d.byName.has(surname)) d.byName.set(surname, key);
  const forms = kind === 'person' && parts.length > 1 ? [name, surname] : [name];
  for (let p = para; p < paragraphs.length; p++) {
    for (const f of forms) {
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'gu',
      );
      for (const m of paragraphs[p]!.matchAll(re)) {
        if (p === para && m.index! < pos) continue;
        if (
          forms.length > 1 &&
          f === surname &&
          paragraphs[p]!.slice(
            Math.max(0, m.index! - name.length + surname.length),
            m.index! + surname.length,
          ) === name
        )
          continue;
        // "Ivan Novak" is not an occurrence of "Petra Novak"
        if (
          forms.length > 1 &&
          f === surname &&
          /(?<![\p{L}])(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof)\b)[A-Z][\p{L}\p{M}'’-]*\.?\s+$/u.test(
            paragraphs[p]!.slice(Math.max(0, m.index! - 30), m.index!),
          )
        )
          continue;
        d.occurrences.push({ para: p, pos: m.index!, key });
      }
    }
  }
  d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
  return e;
}

/** The body an acronym stands for, or the acronym a full name expands (registered bodies too): "ICRC" <-> "International Committee of the Red Cross". */
function acronymEntity(d: Discourse, name: string): Entity | null {
  for (const e of d.entities.values()) {
    if (e.kind === 'person' || e.kind === 'people' || e.kind === 'state' || e.name === name) continue;
    if (acronymFits(name, e.name) || acronymFits(e.name, name)) return e;
  }
  return null;
}

/** Records another name for a known entity ("TSE" defined in brackets) and its occurrences from (para, pos) on. */
export function addAlias(
  d: Discourse,
  alias: string,
  key: string,
  para: number,
  pos: number,
  paragraphs: string[],
): void {
  if (!d.byName.has(alias)) d.byName.set(alias, key);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (let p = para; p < paragraphs.length; p++) {
    for (const m of paragraphs[p]!.matchAll(re))
      if (p > para || m.index! >= pos) d.occurrences.push({ para: p, pos: m.index!, key });
  }
  d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
}

/** The unregistered entity a name (or surname) refers to, if known; "El Moudir" finds "Asmae El Moudir". */
export function lookupName(d: Discourse, name: string): string | null {
  const clean = name.replace(/['’]s$/, '');
  const known = d.byName.get(clean);
  if (known) return known;
  if (!clean.includes(' ')) return null;
  for (const e of d.entities.values())
    if (e.id === null && e.kind === 'person' && e.name.endsWith(` ${clean}`)) return e.key;
  return null;
}

/** A bare surname ("Khalil said") whose full name ("Mariam Khalil") was written earlier: that person, recorded now. */
function fullNameBefore(
  d: Discourse,
  surname: string,
  para: number,
  pos: number,
  paragraphs: string[],
): string | null {
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}])((?:[A-Z][\\p{L}\\p{M}'’-]+\\s+){1,2})${esc}(?![\\p{L}])`, 'gu');
  // the most recent full name with that surname wins ("Daniel Okafor" ... "Grace Okafor" ... "Okafor said")
  for (let p = para; p >= 0; p--) {
    const text = p === para ? paragraphs[p]!.slice(0, pos) : paragraphs[p]!;
    for (const m of [...text.matchAll(re)].reverse()) {
      const nm = trailingName(m[0], m.index!);
      if (!nm || !nm.name.includes(' ') || !nm.name.endsWith(surname) || isOrgName(nm.name)) continue;
      return addUnregistered(d, nm.name, p, nm.start, paragraphs, nm.gender ? { gender: nm.gender } : {}).key;
    }
  }
  return null;
}

/** A one-word name of someone already in the text (a surname whose full name came before, or a known name), else null. */
export function knownName(
  d: Discourse,
  word: string,
  para: number,
  pos: number,
  paragraphs: string[],
): string | null {
  return fullNameBefore(d, word, para, pos, paragraphs) ?? lookupName(d, word);
}

/** Resolves a surname introduced by an honorific ("Mr Scholz") to the full name written before it, else a new person. */
export function addSurname(
  d: Discourse,
  surname: string,
  para: number,
  pos: number,
  paragraphs: string[],
  extra: { gender?: 'male' | 'female' } = {},
): Entity {
  const key = fullNameBefore(d, surname, para, pos, paragraphs);
  if (!key) return addUnregistered(d, surname, para, pos, paragraphs, extra);
  const e = d.entities.get(key)!;
  if (!e.gender && extra.gender) e.gender = extra.gender;
  d.occurrences.push({ para, pos, key });
  d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
  return e;
}

/** The entity for a person's name found in a subject: known by name or surname, else a new unregistered person. */
function personKey(
  d: Discourse,
  nm: { name: string; start: number; title?: string; gender?: 'male' | 'female' },
  para: number,
  paragraphs: string[],
): string {
  const known = lookupName(d, nm.name);
  if (known) return known;
  const extra: { role?: string; gender?: 'male' | 'female' } = {};
  if (nm.title) extra.role = nm.title;
  if (nm.gender) extra.gender = nm.gender;
  return addUnregistered(d, nm.name, para, nm.start, paragraphs, extra).key;
}

const ORG_SUBJECT =
  /^(?:(?:the|The)\s+)?((?:[A-Z][\p{L}\p{M}'’&.-]*|[A-Z]{2,6})(?:\s+(?:(?:for|of|on|and|the|de|du|des|sans|without)\s+)*[A-Z][\p{L}\p{M}'’&.-]*)*)$/u;

/** An organisation subject ("The IDF", "the Institute for the Study of War"): the known entity, or a new one. */
function orgSubject(
  d: Discourse,
  text: string,
  para: number,
  pos: number,
  paragraphs: string[],
): string | null {
  const m = ORG_SUBJECT.exec(text.replace(/['’]s$/, ''));
  if (!m || !isOrgName(m[1]!)) return null;
  // "ECOWAS Commission President Omar Touray": a title before a full name makes it a person
  const nm = trailingName(text);
  if (nm?.title && nm.name.includes(' ')) return null;
  const known = lookupName(d, m[1]!);
  if (known) return known;
  const at = paragraphs[para]!.indexOf(m[1]!, pos);
  return addUnregistered(d, m[1]!, para, at >= 0 ? at : pos, paragraphs, { kind: 'organisation' }).key;
}

/**
 * A body whose full name, written right there, contains the subject: "the Red Cross" inside "the International
 * Committee of the Red Cross said", "the Children" inside "Save the Children said".
 */
function coveringOrg(d: Discourse, para: number, subject: Subject, paragraphs: string[]): string | null {
  const lead = /^(?:the|The)\s+/.exec(subject.text);
  const start = subject.start + (lead ? lead[0].length : 0);
  for (const o of d.occurrences) {
    if (o.para !== para || o.pos > start) continue;
    const e = d.entities.get(o.key);
    if (!e || e.id !== null || e.kind !== 'organisation') continue;
    if (
      paragraphs[para]!.startsWith(e.name, o.pos) &&
      o.pos + e.name.length >= subject.end &&
      o.pos + e.name.length <= subject.end + 2 &&
      o.pos < start
    )
      return e.key;
  }
  return null;
}

function before(o: { para: number; pos: number }, para: number, pos: number): boolean {
  return o.para < para || (o.para === para && o.pos < pos);
}

/** Most recent entities (deduplicated) occurring before a position, latest first. */
export function recentEntities(d: Discourse, para: number, pos: number): Entity[] {
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (let i = d.occurrences.length - 1; i >= 0; i--) {
    const o = d.occurrences[i]!;
    if (!before(o, para, pos) || seen.has(o.key)) continue;
    seen.add(o.key);
    const e = d.entities.get(o.key);
    if (e) out.push(e);
  }
  return out;
}

/** Resolves "he"/"she"/"it" to the most recent fitting entity before the position. */
export function resolvePronoun(d: Discourse, pronoun: string, para: number, pos: number): Entity | null {
  const p = pronoun.toLowerCase();
  const recent = recentEntities(d, para, pos);
  if (p === 'it') return resolveIt(d, recent, para, pos);
  if (p === 'they' || p === 'them') return null;
  const gender = p === 'he' || p === 'him' ? 'male' : 'female';
  const other = gender === 'male' ? 'female' : 'male';
  const people = recent.filter((e) => e.kind === 'person');
  // a gender stated in the text or registry wins; one guessed from an earlier pronoun only breaks ties
  const gendered = people.find((e) => e.gender === gender);
  const open = people.find((e) => !e.gender && e.guessedGender !== other);
  // a more recent person of unknown gender who opened a sentence since (the passage's subject) wins over a registry gender;
  // one named only as an object ("met David Ross") does not
  const subjectFirst =
    gendered &&
    open &&
    people.indexOf(open) < people.indexOf(gendered) &&
    opensSentenceSince(d, open.key, gendered.key, para, pos);
  let pick = (subjectFirst ? open : gendered) ?? open ?? people.find((e) => !e.gender) ?? null;
  // Centering: the person the previous sentence is about ("Moretti, 23, fell to his knees after Weber's forehand
  // sailed long. “…,” he said." -> Moretti) wins over one named further back or only in passing
  const fits = (e: Entity) => e.gender !== other && !(e.guessedGender === other && !e.gender);
  const centre = previousSentencePerson(d, para, pos, people.filter(fits));
  if (centre) pick = centre;
  // "One donor, a retired teacher, said …. “…,” she said.": someone unnamed spoke since the candidate was last named
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

/** A name followed by a possessive ("Hanamura's", "Jonas Weber’s"). */
const POSSESSIVE_NAME = /^[A-Z][\p{L}\p{M}.-]*(?:\s+[A-Z][\p{L}\p{M}.-]*){0,3}['’]s\s/u;

/**
 * Sentence starts in a paragraph, ignoring full stops inside quotation marks (“It is over. We lost,” she said).
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

/**
 * The person the sentence before the position's sentence is about, among `candidates`: the only one named there,
 * or the one it opens with. Null when that sentence names none of them, when the position's own sentence names
 * one of them before it, or when the position opens its paragraph.
 */
function previousSentencePerson(
  d: Discourse,
  para: number,
  pos: number,
  candidates: Entity[],
): Entity | null {
  const text = d.paragraphs?.[para];
  if (!text || !candidates.length) return null;
  const starts = sentenceStarts(text);
  let k = starts.length - 1;
  while (k > 0 && starts[k]! > pos) k--;
  if (k === 0) return null;
  const [prevStart, curStart] = [starts[k - 1]!, starts[k]!];
  const keys = new Set(candidates.map((e) => e.key));
  const inRange = (a: number, b: number) =>
    d.occurrences.filter((o) => o.para === para && o.pos >= a && o.pos < b && keys.has(o.key));
  if (inRange(curStart, pos).length) return null;
  // a possessive names an owner, not the person the sentence is about ("Hanamura's chief executive, Daisuke Ono,")
  const prev = inRange(prevStart, curStart).filter(
    (o) => !POSSESSIVE_NAME.test(text.slice(o.pos, o.pos + 60)),
  );
  const named = [...new Set(prev.map((o) => o.key))];
  if (named.length === 1) return d.entities.get(named[0]!) ?? null;
  // the head of the sentence's opening noun phrase: after at most a few capitalised words or job words ("United
  // boss Karen Holt"), or after a description set off by a comma ("Hanamura's chief executive, Daisuke Ono,")
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

/** True if a name at `pos` opens its sentence, titles before it allowed ("Dr Farah Siddiqui, a consultant, said"). */
export function opensSentence(text: string, pos: number): boolean {
  let pre = text.slice(0, pos);
  for (
    let m = /([\p{L}.]+)\s+$/u.exec(pre);
    m && isTitleWord(m[1]!.replace(/\.$/, ''));
    m = /([\p{L}.]+)\s+$/u.exec(pre)
  )
    pre = pre.slice(0, m.index);
  return /(^\s*|[.!?]["”’]?\s+)$/.test(pre);
}

function lastPos(d: Discourse, key: string, para: number, pos: number): Occurrence | null {
  for (let i = d.occurrences.length - 1; i >= 0; i--) {
    const o = d.occurrences[i]!;
    if (o.key === key && before(o, para, pos)) return o;
  }
  return null;
}

/**
 * "it" is the most recent body, but not one that a speaking body was talking about ("ISW said Russia was …. “…,”
 * it said." -> ISW); an unresolved speaker in between blocks it.
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

function affiliationChain(d: Discourse, id: string | null): Actor[] {
  const out: Actor[] = [];
  let cur = id ? d.actors.get(id) : undefined;
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    out.push(cur);
    seen.add(cur.id);
    cur = cur.affiliation ? d.actors.get(cur.affiliation) : undefined;
  }
  return out;
}

function entityOfWord(d: Discourse, word: string): string | null {
  for (const a of d.actors.values())
    if ((a.aliases ?? []).some((al) => al.toLowerCase() === word.toLowerCase())) return a.id;
  return null;
}

/** True if every capitalised modifier of a description fits what is known about the entity. */
function modifiersFit(d: Discourse, e: Entity, modifiers: string[]): boolean {
  const chain = affiliationChain(d, e.id);
  const known = [
    e.name,
    e.role ?? '',
    e.kind,
    ...chain.flatMap((a) => [a.name, a.role ?? '', ...(a.aliases ?? [])]),
  ]
    .join(' ')
    .toLowerCase();
  const knownWords = new Set(slugWords(known));
  const chainIds = new Set(chain.map((a) => a.id));
  for (const m of modifiers) {
    if (!/^[A-Z]/.test(m)) continue;
    if (knownWords.has(slugWords(m)[0] ?? '')) continue;
    const ent = entityOfWord(d, m);
    if (ent && (chainIds.has(ent) || slugWords(e.role ?? '').some((w) => entityOfWord(d, w) === ent)))
      continue;
    return false;
  }
  return true;
}

/** Heads of descriptions that stand for a state's government ("the ministry said"). */
const STATE_BODY =
  /^(government|ministry|cabinet|presidency|administration|authorities|military|army|embassy|regime|kingdom|republic|delegation)$/;

/** Heads that fit any person when a capitalised modifier places them ("the Turkish leader" = the President of Turkey). */
const GENERIC_PERSON_HEADS = /^(leader|head|official|politician|statesman|statesmen|veteran|boss)$/;

const GENERIC_HEADS = new Set([
  'crowd',
  'crowds',
  'protesters',
  'demonstrators',
  'audience',
  'countries',
  'states',
  'nations',
  'people',
  'officials',
  'sources',
  'residents',
  'experts',
  'analysts',
  'critics',
  'observers',
  'others',
  'two',
  'both',
  'all',
  'many',
  'some',
  'they',
]);

/** Resolves a definite description ("the Russian analyst", "the ministry") to an entity introduced before. */
export function resolveDescription(d: Discourse, text: string, para: number, pos: number): Entity | null {
  // "the 54-year-old": the person the passage is about (a sentence subject in this paragraph, else the latest person)
  if (/^the\s+\d{1,3}-year-old$/i.test(text.trim())) return agedPerson(d, para, pos);
  const words = text
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const content = words.filter((w) => !/^(the|a|an|this|that|these|those)$/i.test(w));
  const head = content[content.length - 1]?.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!head || GENERIC_HEADS.has(head)) return null;
  const modifiers = content.slice(0, -1);
  const headNorm = head.replace(/-/g, ' ');
  const genericOrg =
    /^(agency|organisation|organization|body|institution|office|authority|group|alliance|bloc|charity|ngo|company|firm|watchdog|regulator|broadcaster|newspaper|union|monitor|institute|tank|coalition|movement)$/.test(
      head,
    ) || isBodyNoun(head);
  // "NASA, which supplied an instrument, sent its congratulations. “…,” the agency wrote": the body the paragraph
  // is about (it opens an earlier sentence) before any other agency named further back
  const topic = genericOrg && modifiers.length === 0 ? bodyInParagraph(d, para, pos, true) : null;
  if (topic) return topic;
  // "the university" is the University of Kelbridge (its head noun), before the University and College Union (a modifier)
  for (const e of recentEntities(d, para, pos)) {
    if (e.kind === 'person' || e.kind === 'people' || e.kind === 'state') continue;
    const ws = (/^(.+?)\s+of\s/.exec(e.name)?.[1] ?? e.name).split(/\s+/);
    if (ws[ws.length - 1]!.toLowerCase() === head && modifiersFit(d, e, modifiers)) return e;
  }
  // "The company said" with no body opening a sentence here: a body that has spoken before, over one only mentioned
  // ("an analyst at Halden Capital")
  if (genericOrg && modifiers.length === 0) {
    const spoke = recentEntities(d, para, pos).find(
      (e) => e.speaker && e.kind !== 'person' && e.kind !== 'people' && e.kind !== 'state',
    );
    if (spoke) return spoke;
  }
  for (const e of recentEntities(d, para, pos)) {
    const isPerson = e.kind === 'person';
    const hay = isPerson ? titleNouns(e.role ?? '') : `${e.name} ${e.kind} ${e.role ?? ''}`;
    const hayNorm = ` ${slugWords(hay.replace(/-/g, ' ')).join(' ')} `;
    // only a definite description ("the Turkish leader"); "a Saudi official" is someone new
    const placed = /^the$/i.test(words[0] ?? '') && modifiers.some((m) => /^[A-Z]/.test(m));
    const genericHit =
      (genericOrg && !isPerson && !['state', 'people'].includes(e.kind)) ||
      (isPerson && placed && GENERIC_PERSON_HEADS.test(head));
    if (!genericHit && !hayNorm.includes(` ${slugWords(headNorm).join(' ')} `)) continue;
    if (!modifiersFit(d, e, modifiers)) continue;
    return e;
  }
  // "the ministry", "the government": the state most recently named
  if (STATE_BODY.test(head))
    for (const e of recentEntities(d, para, pos))
      if (e.kind === 'state' && modifiersFit(d, e, modifiers)) return e;
  return null;
}

/**
 * The latest body (not a person, group or state) named in this paragraph before the position; with `opening`,
 * only one that opens a sentence ("NASA, which …, sent its congratulations." / "The Pentagon said …").
 */
function bodyInParagraph(d: Discourse, para: number, pos: number, opening: boolean): Entity | null {
  const text = d.paragraphs?.[para];
  if (!text) return null;
  for (let i = d.occurrences.length - 1; i >= 0; i--) {
    const o = d.occurrences[i]!;
    if (o.para !== para || o.pos >= pos) continue;
    const e = d.entities.get(o.key);
    if (!e || e.kind === 'person' || e.kind === 'people' || e.kind === 'state') continue;
    const at = /\b[Tt]he\s+$/.test(text.slice(Math.max(0, o.pos - 4), o.pos)) ? o.pos - 4 : o.pos;
    if (!opening || opensSentence(text, at)) return e;
  }
  return null;
}

/** Common nouns that titles stand for, so "the judge" finds "Justice Miriam Achieng" and "the doctor" "Dr Lee". */
const TITLE_NOUNS: Record<string, string> = {
  justice: 'judge',
  dr: 'doctor',
  prof: 'professor',
  gen: 'general',
  col: 'colonel',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  rev: 'reverend priest',
  sgt: 'sergeant',
  capt: 'captain',
  lt: 'lieutenant',
  cllr: 'councillor',
};

/** A person's role with the nouns its title words stand for added ("Justice" -> "Justice judge"). */
function titleNouns(role: string): string {
  const extra = role
    .split(/\s+/)
    .map((w) => TITLE_NOUNS[w.toLowerCase().replace(/\.$/, '')])
    .filter(Boolean);
  return extra.length ? `${role} ${extra.join(' ')}` : role;
}

/** A name in title case, small words allowed inside ("Doctors of the World", "Save the Children"). */
const TITLE_CASE_NAME =
  /^[A-Z][\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|the|for|and|on|without|sans)\s+)*[A-Z][\p{L}\p{M}'’&.-]*)+$/u;

/** The person "the 29-year-old" refers to: the latest person opening a sentence in the paragraph, else the latest person. */
function agedPerson(d: Discourse, para: number, pos: number): Entity | null {
  const text = d.paragraphs?.[para] ?? '';
  for (let i = d.occurrences.length - 1; i >= 0; i--) {
    const o = d.occurrences[i]!;
    if (o.para !== para || o.pos >= pos) continue;
    const e = d.entities.get(o.key);
    if (e?.kind === 'person' && opensSentence(text, o.pos)) return e;
  }
  return recentEntities(d, para, pos).find((e) => e.kind === 'person') ?? null;
}

/**
 * Definite descriptions of people outside speech cues ("the Turkish leader smiled"): each one resolved is an
 * occurrence of that person, so a later "he" finds them.
 */
export function addDescriptionOccurrences(d: Discourse, masked: string, para: number): void {
  const re = /\b[Tt]he\s+((?:[\p{L}’'-]+\s+){1,3}?)([a-z]+)\b/gu;
  for (const m of masked.matchAll(re)) {
    if (!/^[A-Z]/.test(m[1]!) || !isPersonHead(m[2]!)) continue;
    const e = resolveDescription(d, m[0], para, m.index!);
    if (e && e.kind === 'person') d.occurrences.push({ para, pos: m.index!, key: e.key });
  }
  d.occurrences.sort((a, b) => a.para - b.para || a.pos - b.pos);
}

/**
 * Resolves a cue's subject at (para, subject.start): registry alias at the head, pronoun,
 * unregistered name (created on first sight), or description.
 */
export function resolveSubject(
  d: Discourse,
  subject: Subject,
  para: number,
  matches: AliasMatch[],
  paragraphs: string[],
): Resolution {
  const text = subject.text.trim();
  if (/^(he|she|it|him|her|they|them)$/i.test(text)) {
    const e = resolvePronoun(d, text, para, subject.start);
    return e
      ? { key: e.key, method: 'pronoun', coreference: true }
      : { key: null, method: 'unresolved', coreference: false };
  }
  const inside = matches.filter(
    (m) => m.type === 'actor' && m.start >= subject.start && m.end <= subject.end + 2,
  );
  // "A WHO spokesperson (in Geneva)": a body's spokesperson speaks for the body
  const spokes = SPOKESPERSON_OF.exec(text);
  if (spokes) {
    const owner = inside.find(
      (m) =>
        m.start - subject.start >= spokes[0].indexOf(spokes[1]!) &&
        m.end - subject.start <= spokes[0].indexOf(spokes[1]!) + spokes[1]!.length,
    );
    if (owner) return { key: owner.id, method: 'alias', coreference: false };
    const known = lookupName(d, spokes[1]!);
    if (known && d.entities.get(known)?.kind === 'organisation')
      return { key: known, method: 'name', coreference: false };
  }
  // "Equinor, the state-controlled energy company, said it would bid. “…,” a spokesperson said": the body the paragraph is about
  if (/^(?:a|an|the|one)\s+(?:company\s+)?(?:spokesperson|spokesman|spokeswoman)$/i.test(text)) {
    const topic =
      bodyInParagraph(d, para, subject.start, true) ?? bodyInParagraph(d, para, subject.start, false);
    if (topic) return { key: topic.key, method: 'description', coreference: true };
  }
  // "Protesters marching through Lyon chanted", "officials in Paris insisted": a group speaks, unnamed, whatever
  // place or body follows its noun
  // (not a name in title case that starts with such a noun: "Doctors of the World")
  if (GROUP_NOUNS.test(text.split(/\s+/)[0]!.toLowerCase()) && !subject.body && !TITLE_CASE_NAME.test(text))
    return { key: null, method: 'unresolved', coreference: false };
  // "An official at the ministry, who spoke on condition of anonymity, said": one person, unnamed (a body's
  // spokesperson is handled above and below: "A WHO spokesperson")
  if (isIndefinitePerson(text) && !/\b(?:spokesperson|spokesman|spokeswoman|press officer)\b/i.test(text))
    return { key: null, method: 'unresolved', coreference: false };
  // "Doctors of the World, which runs a clinic, said": a name the text treats as a body
  if (subject.body && !inside.length) {
    const e =
      lookupName(d, text) ??
      addUnregistered(d, text.replace(/^the\s+/i, ''), para, subject.start, paragraphs, {
        kind: 'organisation',
      }).key;
    return { key: e, method: 'name', coreference: false };
  }
  const headMatch = inside.find(
    (m) => subject.end - m.end <= 2 && /^(['’]s?)?$/.test(paragraphs[para]!.slice(m.end, subject.end)),
  );
  if (headMatch) return { key: headMatch.id, method: 'alias', coreference: false };
  if (GROUP_NOUNS.test(text.toLowerCase())) return { key: null, method: 'unresolved', coreference: false };
  const pre = paragraphs[para]!.slice(0, subject.start);
  // "members of the union Unison say": the speakers are some of the body's people, unnamed
  if (MEMBERS_OF.test(pre)) return { key: null, method: 'unresolved', coreference: false };
  // "Tom Beddows, of the Liberal Democrats, accused": the person before the "of" phrase speaks
  // ("Professor Ann Lowe of the University of York called": the cue may keep only the last words as its subject)
  const ofName =
    /((?:[A-Z][\p{L}\p{M}'’-]+\s+){1,3}[A-Z][\p{L}\p{M}'’-]+)(?:,\s+of\s+|\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}\p{M}'’-]+\s+){1,3}of\s+(?:the\s+)?)$/u.exec(
      pre,
    );
  const ofNm = ofName ? trailingName(ofName[1]!, ofName.index) : null;
  if (ofNm && ofNm.name.includes(' ') && !isOrgName(ofNm.name))
    return { key: personKey(d, ofNm, para, paragraphs), method: 'name', coreference: false };
  // "Professor Mark Ellery of the University of Leeds": a person's name before an "of" phrase naming their body
  // ("Kari Nystrom of the campaign group Green Coast": lower-case words may describe the body before its name)
  const personOf = /^(.+?)\s+of\s+(?:the\s+)?(?:[a-z][\p{L}-]*\s+){0,3}[A-Z]/u.exec(text);
  const lead = personOf ? leadingName(personOf[1]!, subject.start) : null;
  if (
    lead &&
    lead.end - subject.start === personOf![1]!.length &&
    (lead.title || lead.name.includes(' ')) &&
    lead.name.split(/\s+/).length <= 3 &&
    !isOrgName(lead.name)
  ) {
    return { key: personKey(d, lead, para, paragraphs), method: 'name', coreference: false };
  }
  // "Britain’s Home Office said", "the US State Department said": a registered state's government body speaks for the state
  const stateAt = inside.find(
    (m) =>
      d.actors.get(m.id)?.kind === 'state' &&
      /^(?:the\s+)?$/i.test(paragraphs[para]!.slice(subject.start, m.start)),
  );
  if (
    stateAt &&
    GOV_BODY.test(
      paragraphs[para]!.slice(stateAt.end, subject.end)
        .replace(/^['’]s?/, '')
        .trim(),
    )
  )
    return { key: stateAt.id, method: 'description', coreference: false };
  const covering = coveringOrg(d, para, subject, paragraphs);
  if (covering) return { key: covering, method: 'name', coreference: false };
  const org = orgSubject(d, text, para, subject.start, paragraphs);
  if (org) return { key: org, method: 'name', coreference: false };
  // "One consultant in Leeds, who …, said": a capitalised word after a place preposition is a place, not the speaker
  const nm0 = trailingName(text, subject.start);
  const nm = nm0 && !nm0.title && afterPlacePreposition(paragraphs[para]!, nm0.start) ? null : nm0;
  if (
    nm &&
    (nm.end >= subject.end - 2 || POST_NOMINAL_TAIL.test(paragraphs[para]!.slice(nm.end, subject.end)))
  ) {
    const existing = nm.name.includes(' ')
      ? lookupName(d, nm.name)
      : (fullNameBefore(d, nm.name, para, nm.start, paragraphs) ?? lookupName(d, nm.name));
    if (existing) return { key: existing, method: 'name', coreference: false };
    // a registry person named by a form the registry lacks is not guessed: a new unregistered person
    const pre = paragraphs[para]!.slice(subject.start, nm.start).trim();
    const role = subject.role ?? ([pre].filter((r) => r && !/^(the|a|an)$/i.test(r))[0] || undefined);
    const extra: { role?: string; gender?: 'male' | 'female'; kind?: 'person' | 'organisation' } = {};
    if (role && !/^the$/i.test(pre)) extra.role = role;
    if (nm.gender) extra.gender = nm.gender;
    // "A little-known group calling itself Sawt al-Haqq"
    const orgPre = ORG_NOUNS.test(pre);
    if (isOrgName(nm.name) || /^the$/i.test(pre) || orgPre) extra.kind = 'organisation';
    if (orgPre) delete extra.role;
    const e = addUnregistered(d, nm.name, para, nm.start, paragraphs, extra);
    return { key: e.key, method: 'name', coreference: false };
  }
  const single = /^[A-Z][\p{L}'’-]+$/u.test(text)
    ? (fullNameBefore(d, text, para, subject.start, paragraphs) ?? lookupName(d, text))
    : null;
  if (single) return { key: single, method: 'name', coreference: false };
  if (/^(the|a|an|this|that)\s/i.test(text) || /^[a-z]/.test(text)) {
    const e = resolveDescription(d, text, para, subject.start);
    if (e) return { key: e.key, method: 'description', coreference: true };
  }
  // "China’s foreign ministry", "Taiwan’s defence ministry": a description owned by the entity named in it
  if (/^[A-Z][\p{L}\p{M}.-]*(?:\s+[A-Z][\p{L}\p{M}.-]*)?['’]s\s+[a-z]/u.test(text)) {
    const e = resolveDescription(d, text, para, subject.end);
    if (e) return { key: e.key, method: 'description', coreference: true };
  }
  // "The Egyptian foreign ministry said", "the ministry of water said": an unregistered body named by a
  // description, kept only when something in it tells it apart (a capitalised modifier or an "of" phrase)
  const body = INSTITUTION.exec(text);
  // "The Egyptian government said": a registered state's own body speaks for that state
  const owner = body ? inside.find((m) => m.type === 'actor') : undefined;
  if (owner) return { key: owner.id, method: 'description', coreference: false };
  if (body && (/\p{Lu}/u.test(body[1]!) || /\bof\s+\p{L}/u.test(body[1]!))) {
    const name = body[1]!.replace(/^./, (c) => c.toUpperCase());
    const e = addUnregistered(d, name, para, subject.start + text.indexOf(body[1]!), paragraphs, {
      kind: 'organisation',
    });
    return { key: e.key, method: 'name', coreference: false };
  }
  return { key: null, method: 'unresolved', coreference: false };
}

/** "A WHO spokesperson in Geneva", "the Northline Rail spokesman": the body a spokesperson speaks for (group 1). */
const SPOKESPERSON_OF =
  /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:[A-Z][\p{L}\p{M}'’&.-]*\s+){0,4}[A-Z][\p{L}\p{M}'’&.-]*)\s+(?:spokesperson|spokesman|spokeswoman|press officer)(?:\s+(?:in|at|from)\s+[A-Z][\p{L}\p{M}\s'’-]*)?$/u;

/** A description of a public body: optional modifiers, then an institution noun, optionally "of …" ("Egyptian foreign ministry"). */
const INSTITUTION =
  /^(?:the\s+)?((?:[\p{L}\p{M}'’.-]+\s+){0,3}(?:ministry|government|army|military|embassy|presidency|cabinet|parliament|police|navy|air force|coast guard|foreign office|interior ministry|health ministry|defen[cs]e ministry)(?:\s+of\s+(?:the\s+)?[\p{L}\p{M}'’-]+(?:\s+(?:and\s+)?[\p{L}\p{M}'’-]+){0,2})?)$/iu;

/** An unnamed individual described, not named ("One donor", "a retired teacher from Wigan", "A man who lives nearby"). */
export function isUnnamedPerson(text: string): boolean {
  const t = text.trim();
  return (
    (/^(?:a|an|one|another)\s+[a-z]/i.test(t) &&
      !/\p{Lu}/u.test(t.slice(t.indexOf(' '))) &&
      isPersonAppositive(t) &&
      !ORG_NOUNS.test(t)) ||
    isIndefinitePerson(t)
  );
}

/** True if a word sequence is a title word ("Minister"). */
export function isTitle(w: string): boolean {
  return TITLES.has(w);
}
