/**
 * The discourse model: the people and bodies an article talks about (registered or not) and where each is
 * named, in reading order.
 */
import type { Actor, Registry } from '../registry/schema.ts';
import type { AliasMatch } from './alias-matcher.ts';
import { firstNameGender } from './first-name-gender.ts';
import { isTitleWord, trailingName } from './names.ts';
import { acronymFits, isAcronym, isOrgName } from './orgs.ts';

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
  /** The usual gender of the first name (`first-name-gender.ts`): only breaks a tie the text leaves open. */
  nameGender?: 'male' | 'female';
  /** Quoted or reporting somewhere already (preferred antecedent for pronouns). */
  speaker?: boolean;
  /** Known only by a full name in object position ("met Tom Kell"): a person for its first name's gender. */
  byFirstNameOnly?: boolean;
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
  /**
   * Speech-cue subjects that resolved to nobody ("A little-known group said"): "it" does not reach back past
   * them.
   */
  unresolved: { para: number; pos: number; person?: boolean }[];
  /**
   * Sentences from a resolved speaker's cue to the sentence end: names inside are what the speaker talks
   * about.
   */
  spoken: { para: number; start: number; end: number; key: string }[];
  /**
   * Names that open their sentence as its subject ("Roe unloaded on …", "Ann Roe wants …"), whether or not
   * introduced as a person: a person when a later "he"/"she" finds no one else.
   */
  subjectNames: { para: number; pos: number; name: string }[];
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
    else if (a.kind === 'person') hintGender(e);
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
    subjectNames: [],
    ...(paragraphs ? { paragraphs } : {}),
  };
}

/** The usual gender of a person's first name, as a hint that the text's own words override. */
function hintGender(e: Entity): void {
  const g = firstNameGender(e.name);
  if (g) e.nameGender = g;
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
    delete e.byFirstNameOnly;
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
  else if (kind === 'person') hintGender(e);
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

/**
 * The body an acronym stands for, or the acronym a full name expands (registered bodies too): "ICRC" <->
 * "International Committee of the Red Cross".
 */
function acronymEntity(d: Discourse, name: string): Entity | null {
  for (const e of d.entities.values()) {
    if (e.kind === 'person' || e.kind === 'people' || e.kind === 'state' || e.name === name) continue;
    if (acronymFits(name, e.name) || acronymFits(e.name, name)) return e;
  }
  return null;
}

/**
 * Records another name for a known entity ("TSE" defined in brackets) and its occurrences from (para, pos)
 * on.
 */
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

/**
 * A bare surname ("Khalil said") whose full name ("Mariam Khalil") was written earlier: that person, recorded
 * now.
 */
export function fullNameBefore(
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

/**
 * A one-word name of someone already in the text (a surname whose full name came before, or a known name),
 * else null.
 */
export function knownName(
  d: Discourse,
  word: string,
  para: number,
  pos: number,
  paragraphs: string[],
): string | null {
  return fullNameBefore(d, word, para, pos, paragraphs) ?? lookupName(d, word);
}

/**
 * Resolves a surname introduced by an honorific ("Mr Scholz") to the full name written before it, else a new
 * person.
 */
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

export function before(o: { para: number; pos: number }, para: number, pos: number): boolean {
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

/**
 * True if a name at `pos` opens its sentence, titles before it allowed ("Dr Farah Siddiqui, a consultant,
 * said").
 */
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

export function lastPos(d: Discourse, key: string, para: number, pos: number): Occurrence | null {
  for (let i = d.occurrences.length - 1; i >= 0; i--) {
    const o = d.occurrences[i]!;
    if (o.key === key && before(o, para, pos)) return o;
  }
  return null;
}
