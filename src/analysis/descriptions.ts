/**
 * Definite descriptions resolved to an entity met before ("the Russian analyst", "the ministry", "the
 * 54-year-old").
 */
import type { Actor } from '../registry/schema.ts';
import type { Discourse, Entity } from './discourse.ts';
import { opensSentence, recentEntities } from './discourse.ts';
import {
  GENERIC_BODY_HEADS,
  GENERIC_HEADS,
  GENERIC_PERSON_HEADS,
  STATE_BODY_HEADS,
  TITLE_NOUNS,
  alternation,
  wordSet,
} from './lexicon.ts';
import { isBodyNoun } from './orgs.ts';
import { isPersonHead } from './person-phrases.ts';
import { slugWords } from './text.ts';

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
const STATE_BODY = new RegExp(`^(${alternation(STATE_BODY_HEADS)})$`);

/**
 * Heads that fit any person when a capitalised modifier places them ("the Turkish leader" = the President of
 * Turkey).
 */
const GENERIC_PERSON_HEAD = new RegExp(`^(${alternation(GENERIC_PERSON_HEADS)})$`);

const GENERIC_HEAD = wordSet(GENERIC_HEADS);

/** Heads of body descriptions any body fits ("the agency"). */
const GENERIC_BODY_HEAD = new RegExp(`^(${alternation(GENERIC_BODY_HEADS)})$`);

/** Resolves a definite description ("the Russian analyst", "the ministry") to an entity introduced before. */
export function resolveDescription(d: Discourse, text: string, para: number, pos: number): Entity | null {
  // "the 54-year-old": the person the passage is about (a sentence subject in this paragraph, else the latest
  // person)
  if (/^the\s+\d{1,3}-year-old$/i.test(text.trim())) return agedPerson(d, para, pos);
  const words = text
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const content = words.filter((w) => !/^(the|a|an|this|that|these|those)$/i.test(w));
  const head = content[content.length - 1]?.toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (!head || GENERIC_HEAD.has(head)) return null;
  const modifiers = content.slice(0, -1);
  const headNorm = head.replace(/-/g, ' ');
  const genericOrg = GENERIC_BODY_HEAD.test(head) || isBodyNoun(head);
  // "NASA, which supplied an instrument, sent its congratulations. “…,” the agency wrote": the body the
  // paragraph is about (it opens an earlier sentence) before any other agency named further back
  const topic = genericOrg && modifiers.length === 0 ? bodyInParagraph(d, para, pos, true) : null;
  if (topic) return topic;
  // "the university" is the University of Kelbridge (its head noun), before the University and College Union
  // (a modifier)
  for (const e of recentEntities(d, para, pos)) {
    if (e.kind === 'person' || e.kind === 'people' || e.kind === 'state') continue;
    const ws = (/^(.+?)\s+of\s/.exec(e.name)?.[1] ?? e.name).split(/\s+/);
    if (ws[ws.length - 1]!.toLowerCase() === head && modifiersFit(d, e, modifiers)) return e;
  }
  // "The company said" with no body opening a sentence here: a body that has spoken before, over one only
  // mentioned ("an analyst at Halden Capital")
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
      (isPerson && placed && GENERIC_PERSON_HEAD.test(head));
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
export function bodyInParagraph(d: Discourse, para: number, pos: number, opening: boolean): Entity | null {
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

/** A person's role with the nouns its title words stand for added ("Justice" -> "Justice judge"). */
function titleNouns(role: string): string {
  const extra = role
    .split(/\s+/)
    .map((w) => TITLE_NOUNS[w.toLowerCase().replace(/\.$/, '')])
    .filter(Boolean);
  return extra.length ? `${role} ${extra.join(' ')}` : role;
}

/**
 * The person "the 29-year-old" refers to: the latest person opening a sentence in the paragraph, else the
 * latest person.
 */
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
