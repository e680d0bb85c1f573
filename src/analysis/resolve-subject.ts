/**
 * A cue's subject resolved to an entity: a registry alias, a pronoun, a name (new or met before), a body, a
 * spokesperson, or a description.
 */
import type { AliasMatch } from './alias-matcher.ts';
import type { Subject } from './cue-subjects.ts';
import { bodyInParagraph, resolveDescription } from './descriptions.ts';
import type { Discourse, Resolution } from './discourse.ts';
import { addUnregistered, fullNameBefore, lookupName } from './discourse.ts';
import { INSTITUTION_NOUNS, ORG_TAIL_WORDS, SPOKESPERSON_NOUNS, alternation } from './lexicon.ts';
import {
  POST_NOMINAL_TAIL,
  TITLES,
  afterPlacePreposition,
  leadingName,
  nameBeforeHome,
  trailingName,
} from './names.ts';
import { ORG_NAME_PHRASE, ORG_NOUN, isOrgName } from './orgs.ts';
import {
  GOV_BODY,
  GROUP_NOUN,
  MEMBERS_OF,
  isCommonPersonWord,
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

/** What a subject rule reads: the subject, the registry actors named inside it, and the text before it. */
interface SubjectQuery {
  d: Discourse;
  subject: Subject;
  /** The subject's words, trimmed. */
  text: string;
  para: number;
  paragraphs: string[];
  /** Registered actors named inside the subject. */
  inside: AliasMatch[];
  /** The paragraph before the subject. */
  pre: string;
}

/**
 * A rule's answer: a resolution (which ends the search, found or not), or null when the rule does not apply.
 */
type SubjectRule = (q: SubjectQuery) => Resolution | null;

const UNRESOLVED: Resolution = Object.freeze({
  key: null,
  method: 'unresolved',
  coreference: false,
});
const named = (key: string): Resolution => ({ key, method: 'name', coreference: false });

/** "he", "she", "it", "they": the entity the passage is about. */
const pronoun: SubjectRule = ({ d, text, para, subject }) => {
  if (!/^(he|she|it|him|her|they|them)$/i.test(text)) return null;
  const e = resolvePronoun(d, text, para, subject.start);
  return e ? { key: e.key, method: 'pronoun', coreference: true } : UNRESOLVED;
};

/** "A WHO spokesperson (in Geneva)": a body's spokesperson speaks for the body. */
const spokespersonOf: SubjectRule = ({ d, text, inside, subject }) => {
  const spokes = SPOKESPERSON_OF.exec(text);
  if (!spokes) return null;
  const at = spokes[0].indexOf(spokes[1]!);
  const owner = inside.find(
    (m) => m.start - subject.start >= at && m.end - subject.start <= at + spokes[1]!.length,
  );
  if (owner) return { key: owner.id, method: 'alias', coreference: false };
  const known = lookupName(d, spokes[1]!);
  return known && d.entities.get(known)?.kind === 'organisation' ? named(known) : null;
};

/**
 * "Equinor, the state-controlled energy company, said it would bid. “…,” a spokesperson said": the body the
 * paragraph is about.
 */
const bareSpokesperson: SubjectRule = ({ d, text, para, subject }) => {
  if (!BARE_SPOKESPERSON.test(text)) return null;
  const topic =
    bodyInParagraph(d, para, subject.start, true) ?? bodyInParagraph(d, para, subject.start, false);
  return topic ? { key: topic.key, method: 'description', coreference: true } : null;
};

/**
 * "Protesters marching through Lyon chanted", "officials in Paris insisted": a group speaks, unnamed,
 * whatever
 * place or body follows its noun (not a name in title case that starts with such a noun: "Doctors of the
 * World").
 */
const groupWithPlace: SubjectRule = ({ text, subject }) =>
  GROUP_NOUN.test(text.split(/\s+/)[0]!.toLowerCase()) && !subject.body && !TITLE_CASE_NAME.test(text)
    ? UNRESOLVED
    : null;

/**
 * "An official at the ministry, who spoke on condition of anonymity, said": one person, unnamed (a body's
 * spokesperson is handled above and below: "A WHO spokesperson").
 */
const unnamedIndividual: SubjectRule = ({ text }) =>
  isIndefinitePerson(text) && !SPOKESPERSON_WORD.test(text) ? UNRESOLVED : null;

/** "Doctors of the World, which runs a clinic, said": a name the text treats as a body. */
const namedBody: SubjectRule = ({ d, text, subject, inside, para, paragraphs }) => {
  if (!subject.body || inside.length) return null;
  const key =
    lookupName(d, text) ??
    addUnregistered(d, text.replace(/^the\s+/i, ''), para, subject.start, paragraphs, {
      kind: 'organisation',
    }).key;
  return named(key);
};

/** A registered actor whose name ends the subject ("Iran’s", "Kirby"). */
const registryHead: SubjectRule = ({ inside, subject, paragraphs, para }) => {
  const head = inside.find(
    (m) => subject.end - m.end <= 2 && /^(['’]s?)?$/.test(paragraphs[para]!.slice(m.end, subject.end)),
  );
  return head ? { key: head.id, method: 'alias', coreference: false } : null;
};

/** "critics", "officials": a group, unnamed. */
const group: SubjectRule = ({ text }) => (GROUP_NOUN.test(text.toLowerCase()) ? UNRESOLVED : null);

/** "members of the union Unison say": the speakers are some of the body's people, unnamed. */
const membersOf: SubjectRule = ({ pre }) => (MEMBERS_OF.test(pre) ? UNRESOLVED : null);

const NAME_BEFORE_OF = new RegExp(
  `((?:[A-Z][\\p{L}\\p{M}'’-]*\\.?\\s+){1,3}[A-Z][\\p{L}\\p{M}'’-]+)` +
    `(?:,\\s+of\\s+|\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\p{L}\\p{M}'’-]+\\s+){1,3}of\\s+(?:the\\s+)?` +
    `|\\s+of\\s+(?:the\\s+)?(?:[a-z][\\p{L}\\p{M}-]*\\s+){0,2})$`,
  'u',
);

/**
 * "Tom Beddows, of the Liberal Democrats, accused": the person before the "of" phrase speaks ("Professor Ann
 * Lowe of the University of York called", "Rep. Ann Lowe of New Mexico said": the cue may keep only the last
 * words as its subject).
 */
const personBeforeOf: SubjectRule = ({ d, pre, para, paragraphs }) => {
  const ofName = NAME_BEFORE_OF.exec(pre);
  const nm = ofName ? trailingName(ofName[1]!, ofName.index) : null;
  // "the Illinois Board of Elections", "County Supervisor of Elections": a body's or an office's name
  const last = nm?.name.split(/\s+/).pop() ?? '';
  return nm &&
    nm.name.includes(' ') &&
    !isOrgName(nm.name) &&
    !BODY_TAIL.test(last) &&
    !isCommonPersonWord(last)
    ? named(personKey(d, nm, para, paragraphs))
    : null;
};

/** Last words of a body's name ("Board", "Chamber"). */
const BODY_TAIL = new RegExp(`^(?:${alternation(ORG_TAIL_WORDS)})$`);

/**
 * "Professor Mark Ellery of the University of Leeds": a person's name before an "of" phrase naming their body
 * ("Kari Nystrom of the campaign group Green Coast": lower-case words may describe the body before its name).
 */
const personOfBody: SubjectRule = ({ d, text, subject, para, paragraphs }) => {
  const personOf = /^(.+?)\s+of\s+(?:the\s+)?(?:[a-z][\p{L}-]*\s+){0,3}[A-Z]/u.exec(text);
  const lead = personOf ? leadingName(personOf[1]!, subject.start) : null;
  if (
    !lead ||
    lead.end - subject.start !== personOf![1]!.length ||
    !(lead.title || lead.name.includes(' ')) ||
    lead.name.split(/\s+/).length > 3 ||
    isOrgName(lead.name)
  )
    return null;
  return named(personKey(d, lead, para, paragraphs));
};

/**
 * "Britain’s Home Office said", "the US State Department said": a registered state's government body speaks
 * for the state.
 */
const stateBody: SubjectRule = ({ d, inside, subject, paragraphs, para }) => {
  const text = paragraphs[para]!;
  const state = inside.find(
    (m) => d.actors.get(m.id)?.kind === 'state' && /^(?:the\s+)?$/i.test(text.slice(subject.start, m.start)),
  );
  if (
    !state ||
    !GOV_BODY.test(
      text
        .slice(state.end, subject.end)
        .replace(/^['’]s?/, '')
        .trim(),
    )
  )
    return null;
  return { key: state.id, method: 'description', coreference: false };
};

/** A body whose full name, written right there, contains the subject ("the Red Cross"). */
const coveringBody: SubjectRule = ({ d, para, subject, paragraphs }) => {
  const key = coveringOrg(d, para, subject, paragraphs);
  return key ? named(key) : null;
};

/** An organisation's name ("The IDF", "the Institute for the Study of War"). */
const organisation: SubjectRule = ({ d, text, para, subject, paragraphs }) => {
  const key = orgSubject(d, text, para, subject.start, paragraphs);
  return key ? named(key) : null;
};

/**
 * A person's name ending the subject: someone met before (by full name or surname), or a new unregistered
 * person (or body, by what the text says of it). "One consultant in Leeds, who …, said": a capitalised word
 * after a place preposition is a place, not the speaker.
 */
const personName: SubjectRule = ({ d, text, subject, para, paragraphs }) => {
  // "House Speaker Tom D. Kell of Devon": the person before where they come from, not the place; "Kell of
  // the Dover Teachers": a surname met before as a person's
  const home = nameBeforeHome(text, subject.start);
  const surname = home ? null : /^(\p{Lu}[\p{L}’'-]+)\s+(?:of|from)\s/u.exec(text);
  const met = surname ? fullNameBefore(d, surname[1]!, para, subject.start, paragraphs) : null;
  if (met && d.entities.get(met)?.kind === 'person') return named(met);
  const nm0 = home ?? trailingName(text, subject.start);
  // "an endorsement from Tom Kell, who declared": "who" makes the name after the preposition a person
  const who =
    subject.relativePronoun &&
    /^who$/i.test(paragraphs[para]!.slice(subject.relativePronoun.start, subject.relativePronoun.end));
  const nm = nm0 && !nm0.title && !who && afterPlacePreposition(paragraphs[para]!, nm0.start) ? null : nm0;
  if (
    !nm ||
    !(
      nm === home ||
      nm.end >= subject.end - 2 ||
      POST_NOMINAL_TAIL.test(paragraphs[para]!.slice(nm.end, subject.end))
    )
  )
    return null;
  const existing = nm.name.includes(' ')
    ? lookupName(d, nm.name)
    : (fullNameBefore(d, nm.name, para, nm.start, paragraphs) ?? lookupName(d, nm.name));
  if (existing) return named(existing);
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
  return named(addUnregistered(d, nm.name, para, nm.start, paragraphs, extra).key);
};

/** A one-word name of someone met before ("Khalil said" after "Mariam Khalil"). */
const knownSingleName: SubjectRule = ({ d, text, para, subject, paragraphs }) => {
  if (!/^[A-Z][\p{L}'’-]+$/u.test(text)) return null;
  const key = fullNameBefore(d, text, para, subject.start, paragraphs) ?? lookupName(d, text);
  return key ? named(key) : null;
};

/** "the Russian analyst", "the ministry": a definite description of an entity met before. */
const description: SubjectRule = ({ d, text, para, subject }) => {
  if (!/^(the|a|an|this|that)\s/i.test(text) && !/^[a-z]/.test(text)) return null;
  const e = resolveDescription(d, text, para, subject.start);
  return e ? { key: e.key, method: 'description', coreference: true } : null;
};

/** "China’s foreign ministry", "Taiwan’s defence ministry": a description owned by the entity named in it. */
const ownedDescription: SubjectRule = ({ d, text, para, subject }) => {
  if (!/^[A-Z][\p{L}\p{M}.-]*(?:\s+[A-Z][\p{L}\p{M}.-]*)?['’]s\s+[a-z]/u.test(text)) return null;
  const e = resolveDescription(d, text, para, subject.end);
  return e ? { key: e.key, method: 'description', coreference: true } : null;
};

/**
 * "The Egyptian foreign ministry said", "the ministry of water said": a registered state's own body speaks
 * for
 * that state; an unregistered body named by a description is kept only when something in it tells it apart (a
 * capitalised modifier or an "of" phrase).
 */
const institution: SubjectRule = ({ d, text, inside, para, subject, paragraphs }) => {
  const body = INSTITUTION.exec(text);
  if (!body) return null;
  const owner = inside.find((m) => m.type === 'actor');
  if (owner) return { key: owner.id, method: 'description', coreference: false };
  if (!/\p{Lu}/u.test(body[1]!) && !/\bof\s+\p{L}/u.test(body[1]!)) return null;
  const name = body[1]!.replace(/^./, (c) => c.toUpperCase());
  const at = subject.start + text.indexOf(body[1]!);
  return named(addUnregistered(d, name, para, at, paragraphs, { kind: 'organisation' }).key);
};

/** The rules in the order they are tried; the first that applies decides. */
const SUBJECT_RULES: SubjectRule[] = [
  pronoun,
  spokespersonOf,
  bareSpokesperson,
  groupWithPlace,
  unnamedIndividual,
  namedBody,
  registryHead,
  group,
  membersOf,
  personBeforeOf,
  personOfBody,
  stateBody,
  coveringBody,
  organisation,
  personName,
  knownSingleName,
  description,
  ownedDescription,
  institution,
];

/**
 * Resolves a cue's subject at (para, subject.start): registry alias at the head, pronoun, unregistered name
 * (created on first sight), body, or description; unresolved when no rule applies.
 */
export function resolveSubject(
  d: Discourse,
  subject: Subject,
  para: number,
  matches: AliasMatch[],
  paragraphs: string[],
): Resolution {
  const q: SubjectQuery = {
    d,
    subject,
    text: subject.text.trim(),
    para,
    paragraphs,
    inside: matches.filter((m) => m.type === 'actor' && m.start >= subject.start && m.end <= subject.end + 2),
    pre: paragraphs[para]!.slice(0, subject.start),
  };
  for (const rule of SUBJECT_RULES) {
    const res = rule(q);
    if (res) return res;
  }
  return UNRESOLVED;
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
