/**
 * The pronoun nearer a participle or characterising cue than the sentence's subject ("Roe admitted fault even
 * as she defended the plan, saying “…”"): the subject of the subordinate clause just before the cue.
 */
import type { Cue, CueParagraph } from './cue.ts';
import type { Subject } from './cue-subjects.ts';
import {
  alternation,
  DAYS,
  MONTHS,
  NOUN_PHRASE_CONTINUATIONS,
  SCENE_CLAUSE_OPENERS,
  SUBORDINATORS,
} from './lexicon.ts';
import { canSpeak } from './person-phrases.ts';
import { sentenceSubject } from './sentence-subject.ts';

/**
 * The pronoun subject of the last subordinate clause after `from` and before participle `c` ("Roe …, even as
 * she defended it, saying “…”"), kept as the cue's nearer mention if it resolves to the same speaker; with
 * no comma before it ("admitted fault even as she defended the plan, saying"), a clause only offers this.
 */
export function nearPronoun(
  masked: string,
  isEntity: CueParagraph['isEntity'],
  c: Cue,
  from: number,
  inner: Subject | null,
): void {
  const bare = inner ? null : subordinateSubject(masked, isEntity, c, BARE_SUBORDINATOR);
  const closer = inner ?? (bare && !otherPerson(masked.slice(from, bare.start)) ? bare : null);
  const near = closer && closer.start >= from ? NEAR_PRONOUN.exec(closer.text) : null;
  if (near) c.nearSubject = { start: closer!.end - near[1]!.length, end: closer!.end, text: near[1]! };
}

/** Main-clause words that may name someone else the pronoun could stand for ("praised Kell when he …"). */
function otherPerson(words: string): boolean {
  if (/\b(?:him|them)\b|\bher\s+(?:\p{Ll}+\s+)?$/u.test(words)) return true;
  return [...words.matchAll(/\b\p{Lu}[\p{L}’'-]*/gu)].some((m) => !CALENDAR.has(m[0]));
}

const CALENDAR = new Set([...DAYS, ...MONTHS]);

/** A clause subject ending in a personal pronoun that may stand for the subject named before it. */
const NEAR_PRONOUN = /(?:^|\s)(he|she|they)$/i;

/** ", when" or ", after" opening a subordinate clause inside a sentence. */
export const INNER_SUBORDINATOR = new RegExp(
  `,\\s*(?:${alternation(SUBORDINATORS.map((w) => w.toLowerCase()))})\\s+(?=\\S)`,
  'g',
);

/** A clause that sets a scene ("as a man walks in", "in which children bang pans"). */
export const SCENE_OPENER = new RegExp(`\\s(?:${alternation(SCENE_CLAUSE_OPENERS)})\\s+(?=\\S)`, 'g');

/** "even as", "when", "while" opening a subordinate clause with no comma before it. */
const BARE_SUBORDINATOR = new RegExp(
  `\\s(?:even\\s+as|${alternation(SUBORDINATORS.map((w) => w.toLowerCase()))})\\s+(?=\\S)`,
  'g',
);

/**
 * The subject of a clause that sets a scene right before participle `c` ("as a man walks in, saying"), when
 * it opens that clause (at most one word before it: "in which about 50 fans") and is no pronoun; else null.
 */
export function sceneSubject(masked: string, isEntity: CueParagraph['isEntity'], c: Cue): Subject | null {
  const subj = subordinateSubject(masked, isEntity, c, SCENE_OPENER) ?? bareSceneSubject(masked, c);
  if (!subj || /(?:^|\s)(?:he|she|it|they|we|i|you)$/i.test(subj.text)) return null;
  const lead = [...masked.slice(c.sentence[0], subj.end).matchAll(SCENE_OPENER)].pop();
  const gap = lead ? masked.slice(c.sentence[0] + lead.index + lead[0].length, subj.start) : ',';
  return /^(?:[\p{L}\d-]+\s+)?$/u.test(gap) ? subj : null;
}

/** A word after a noun that goes on with its phrase ("fans of", "fans who"), not the clause's verb. */
const NOT_A_VERB_AFTER = new RegExp(`^(?:${alternation(NOUN_PHRASE_CONTINUATIONS)})$`);

/**
 * "in which children use a toy crane, yelling": a scene clause whose verb is a plain present, which no verb
 * pattern finds; its subject is the first one to three words after the opener that can speak, when a
 * lower-case word that is no participle ("as senator representing") nor part of the phrase follows them.
 */
function bareSceneSubject(masked: string, c: Cue): Subject | null {
  const last = [...masked.slice(c.sentence[0], c.verbStart).matchAll(SCENE_OPENER)].pop();
  if (!last) return null;
  const start = c.sentence[0] + last.index + last[0].length;
  const ws = [...masked.slice(start, c.verbStart).matchAll(/[\p{L}\d’'-]+/gu)].slice(0, 4);
  for (let k = 1; k < ws.length; k++) {
    const gapOk = /^\s+$/.test(
      masked.slice(start + ws[k - 1]!.index + ws[k - 1]![0].length, start + ws[k]!.index),
    );
    if (!gapOk) return null;
    const next = ws[k]![0];
    if (!/^\p{Ll}/u.test(next) || NOT_A_VERB_AFTER.test(next) || /(?:ing|ed)$/.test(next)) continue;
    const end = start + ws[k - 1]!.index + ws[k - 1]![0].length;
    const text = masked.slice(start, end);
    if (/^\p{Ll}/u.test(ws[k - 1]![0]) && canSpeak(text)) return { start, end, text };
  }
  return null;
}

/** The subject of the last subordinate clause (opened by `opener`) before a cue, if it can speak. */
export function subordinateSubject(
  masked: string,
  isEntity: CueParagraph['isEntity'],
  c: Cue,
  opener: RegExp,
): Subject | null {
  const opens = [...masked.slice(c.sentence[0], c.verbStart).matchAll(opener)];
  const last = opens[opens.length - 1];
  if (!last) return null;
  const subj = sentenceSubject(
    { masked, isEntity },
    c.sentence[0] + last.index + last[0].length,
    c.verbStart,
  );
  return subj && canSpeak(subj.text) ? subj : null;
}

/**
 * Between the name and the pronoun: punctuation, a quote or a clause opener ("when", "though", "but") makes
 * the pronoun's clause one of its own ("Roe, when she told …", "Kell said “…,” he said").
 */
const OWN_CLAUSE = new RegExp(
  `[,;:.“”"░—–-]|\\b(?:and|but|yet|so|or|${alternation(SUBORDINATORS.map((w) => w.toLowerCase()))})\\b`,
);

/**
 * The name opening the sentence of a cue whose subject is a pronoun in a clause under that name's verb
 * ("Kell keeps attacking what he calls “…”", "Roe assures them she will tell …"): the mention to show
 * when the pronoun is that person too (the resolution stage checks).
 */
export function outerName(
  p: Pick<CueParagraph, 'masked' | 'isEntity'>,
  sent: [number, number],
  subj: Subject,
): Subject | null {
  if (!/^(?:he|she|they)$/i.test(subj.text)) return null;
  const outer = sentenceSubject(p, sent[0], subj.start);
  if (
    !outer ||
    outer.end >= subj.start ||
    !/^\p{Lu}/u.test(outer.text) ||
    /^(?:He|She|They)$/.test(outer.text)
  )
    return null;
  return OWN_CLAUSE.test(p.masked.slice(outer.end, subj.start)) ? null : outer;
}
