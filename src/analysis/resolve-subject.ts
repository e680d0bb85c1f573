/**
 * A cue's subject resolved to an entity: a registry alias, a pronoun, a name (new or met before), a body, a
 * spokesperson, or a description.
 */
import type { AliasMatch } from './alias-matcher.ts';
import type { Subject } from './cue-subjects.ts';
import { bodyInParagraph, resolveDescription } from './descriptions.ts';
import type { Discourse, Resolution } from './discourse.ts';
import { addUnregistered, fullNameBefore, lookupName } from './discourse.ts';
import { INSTITUTION_NOUNS, SPOKESPERSON_NOUNS, alternation } from './lexicon.ts';
import { POST_NOMINAL_TAIL, TITLES, afterPlacePreposition, leadingName, trailingName } from './names.ts';
import { ORG_NAME_PHRASE, ORG_NOUN, isOrgName } from './orgs.ts';
import {
  GOV_BODY,
  GROUP_NOUN,
  MEMBERS_OF,
  isIndefinitePerson,
  isPersonAppositive,
} from './person-phrases.ts';
import { resolvePronoun } from './pronouns.ts';

/**
 * The entity for a person's name found in a subject: known by name or surname, else a new unregistered
 * person.
 */
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

/**
 * An organisation subject ("The IDF", "the Institute for the Study of War"): the known entity, or a new one.
 */
function orgSubject(
  d: Discourse,
  text: string,
  para: number,
  pos: number,
  paragraphs: string[],
): string | null {
  const m = ORG_NAME_PHRASE.exec(text.replace(/['’]s$/, ''));
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
 * A body whose full name, written right there, contains the subject: "the Red Cross" inside "the
 * International Committee of the Red Cross said", "the Children" inside "Save the Children said".
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

/** A name in title case, small words allowed inside ("Doctors of the World", "Save the Children"). */
const TITLE_CASE_NAME =
  /^[A-Z][\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|the|for|and|on|without|sans)\s+)*[A-Z][\p{L}\p{M}'’&.-]*)+$/u;

/**
 * Resolves a cue's subject at (para, subject.start): registry alias at the head, pronoun, unregistered name
 * (created on first sight), or description.
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
  // "Equinor, the state-controlled energy company, said it would bid. “…,” a spokesperson said": the body the
  // paragraph is about
  if (BARE_SPOKESPERSON.test(text)) {
    const topic =
      bodyInParagraph(d, para, subject.start, true) ?? bodyInParagraph(d, para, subject.start, false);
    if (topic) return { key: topic.key, method: 'description', coreference: true };
  }
  // "Protesters marching through Lyon chanted", "officials in Paris insisted": a group speaks, unnamed,
  // whatever place or body follows its noun (not a name in title case that starts with such a noun: "Doctors
  // of the World")
  if (GROUP_NOUN.test(text.split(/\s+/)[0]!.toLowerCase()) && !subject.body && !TITLE_CASE_NAME.test(text))
    return { key: null, method: 'unresolved', coreference: false };
  // "An official at the ministry, who spoke on condition of anonymity, said": one person, unnamed (a body's
  // spokesperson is handled above and below: "A WHO spokesperson")
  if (isIndefinitePerson(text) && !SPOKESPERSON_WORD.test(text))
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
  if (GROUP_NOUN.test(text.toLowerCase())) return { key: null, method: 'unresolved', coreference: false };
  const pre = paragraphs[para]!.slice(0, subject.start);
  // "members of the union Unison say": the speakers are some of the body's people, unnamed
  if (MEMBERS_OF.test(pre)) return { key: null, method: 'unresolved', coreference: false };
  // "Tom Beddows, of the Liberal Democrats, accused": the person before the "of" phrase speaks ("Professor
  // Ann Lowe of the University of York called": the cue may keep only the last words as its subject)
  const ofName = new RegExp(
    `((?:[A-Z][\\p{L}\\p{M}'’-]+\\s+){1,3}[A-Z][\\p{L}\\p{M}'’-]+)` +
      `(?:,\\s+of\\s+|\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\p{L}\\p{M}'’-]+\\s+){1,3}of\\s+(?:the\\s+)?)$`,
    'u',
  ).exec(pre);
  const ofNm = ofName ? trailingName(ofName[1]!, ofName.index) : null;
  if (ofNm && ofNm.name.includes(' ') && !isOrgName(ofNm.name))
    return { key: personKey(d, ofNm, para, paragraphs), method: 'name', coreference: false };
  // "Professor Mark Ellery of the University of Leeds": a person's name before an "of" phrase naming their
  // body ("Kari Nystrom of the campaign group Green Coast": lower-case words may describe the body before its
  // name)
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
  // "Britain’s Home Office said", "the US State Department said": a registered state's government body speaks
  // for the state
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
  // "One consultant in Leeds, who …, said": a capitalised word after a place preposition is a place, not the
  // speaker
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
    const orgPre = ORG_NOUN.test(pre);
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

/**
 * "A WHO spokesperson in Geneva", "the Northline Rail spokesman": the body a spokesperson speaks for (group
 * 1).
 */
/** A capitalised word of a name. */
const CAPITALISED = "[A-Z][\\p{L}\\p{M}'’&.-]*";
const SPOKESPERSON_WORD = new RegExp(`\\b(?:${alternation(SPOKESPERSON_NOUNS)})\\b`, 'i');
const BARE_SPOKESPERSON = /^(?:a|an|the|one)\s+(?:company\s+)?(?:spokesperson|spokesman|spokeswoman)$/i;
const SPOKESPERSON_OF = new RegExp(
  `^(?:[Aa]n?|[Tt]he|[Oo]ne)\\s+((?:${CAPITALISED}\\s+){0,4}${CAPITALISED})` +
    `\\s+(?:${alternation(SPOKESPERSON_NOUNS)})` +
    `(?:\\s+(?:in|at|from)\\s+[A-Z][\\p{L}\\p{M}\\s'’-]*)?$`,
  'u',
);

/**
 * A description of a public body: optional modifiers, then an institution noun, optionally "of …" ("Egyptian
 * foreign ministry").
 */
const INSTITUTION = new RegExp(
  `^(?:the\\s+)?((?:[\\p{L}\\p{M}'’.-]+\\s+){0,3}(?:${alternation(INSTITUTION_NOUNS)})` +
    `(?:\\s+of\\s+(?:the\\s+)?[\\p{L}\\p{M}'’-]+(?:\\s+(?:and\\s+)?[\\p{L}\\p{M}'’-]+){0,2})?)$`,
  'iu',
);

/**
 * An unnamed individual described, not named ("One donor", "a retired teacher from Wigan", "A man who lives
 * nearby").
 */
export function isUnnamedPerson(text: string): boolean {
  const t = text.trim();
  return (
    (/^(?:a|an|one|another)\s+[a-z]/i.test(t) &&
      !/\p{Lu}/u.test(t.slice(t.indexOf(' '))) &&
      isPersonAppositive(t) &&
      !ORG_NOUN.test(t)) ||
    isIndefinitePerson(t)
  );
}

/** True if a word sequence is a title word ("Minister"). */
export function isTitle(w: string): boolean {
  return TITLES.has(w);
}
