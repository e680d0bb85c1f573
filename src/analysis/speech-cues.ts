/**
 * Speech cues in a paragraph whose quotes are masked: "X said", "said X", "according to X", "what X described
 * as".
 */
import { colonCues } from './colon-cues.ts';
import type { Subject } from './cue-subjects.ts';
import {
  DETERMINER,
  FINITE,
  opensWithSubordinateClause,
  subjectAfter,
  subjectBefore,
} from './cue-subjects.ts';
import {
  alternation,
  AUXILIARIES,
  CALL_NOUN_LEADS,
  CHARACTERISE_AS_VERBS,
  DAY_PARTS,
  DAYS,
  FRONTED_CIRCUMSTANCES,
  GERUND_PREPOSITIONS,
  POSTPOSED_ADJUNCT_OPENINGS,
  IRREGULAR_PASTS,
  LAST_PERIODS,
  NAMING_VERBS,
  NOT_A_CLAUSE_OPENINGS,
  NOT_VERB_S_WORDS,
  PASSIVE_ADVERBS,
  PASSIVE_AUXILIARIES,
  PROMPTING_VERBS,
  SUBORDINATORS,
  WHAT_X_CALLED_VERBS,
  wordSet,
} from './lexicon.ts';
import {
  CLAUSE_ENDING_PARTICIPLE,
  isFiniteSpeechVerb,
  isSpeechParticiple,
  SPEECH_VERB,
  verbCan,
  verbForm,
} from './speech-verbs.ts';
import { leadingName } from './names.ts';
import { canSpeak, isPersonAppositive } from './person-phrases.ts';
import { sentences, wordCount } from './text.ts';

export type CueKind =
  | 'verb-after-subject'
  | 'verb-before-subject'
  | 'according-to'
  | 'described-as'
  | 'adding'
  | 'colon'
  | 'sentence-subject';

export interface Cue {
  /** 0-based body paragraph index. */
  para: number;
  kind: CueKind;
  /** Span of the cue words (subject through verb, or verb through subject). */
  start: number;
  end: number;
  verbStart: number;
  verbEnd: number;
  verb: string;
  subject: Subject | null;
  sentence: [number, number];
  /** The reported clause, if the cue introduces one. */
  clause: [number, number] | null;
  /** The rest of a clause the cue interrupts ("The trouble, she said, began early"): its second part. */
  clauseTail?: [number, number];
  /**
   * Where the cue's subordinate clause ends ("When Ann Roe spoke, she …"): quotes after it are not the cue's.
   */
  scopeEnd?: number;
}

/**
 * Verbs that name a speaker but take an object, not a reported clause ("urged the US to …", "accused X of
 * …").
 */
const AUX = wordSet(AUXILIARIES);
export function sentenceOf(sents: [number, number][], pos: number): [number, number] {
  return sents.find(([s, e]) => pos >= s && pos < e) ?? sents[sents.length - 1] ?? [0, 0];
}

function trimClause(masked: string, s: number, e: number): [number, number] | null {
  while (s < e && /[\s,:]/.test(masked[s]!)) s++;
  while (e > s && /[\s,.;:!?]/.test(masked[e - 1]!)) e--;
  // keep a closing mark together with its quote
  if (e < masked.length && /[”"]/.test(masked[e] ?? '') && masked[e - 1] === '░') e++;
  return e > s ? [s, e] : null;
}

const BARE_START_BAD = new RegExp(`^(${alternation(NOT_A_CLAUSE_OPENINGS)})\\b`, 'i');

/** The object of "tell" ("told reporters", "told the BBC", "told her"), before its reported clause. */
const TELL_OBJECT = new RegExp(
  `^\\s+(?:[A-Z][\\p{L}.&'’-]*(?:\\s+(?:of\\s+)?[A-Z][\\p{L}.&'’-]*)*` +
    `|reporters|journalists|the\\s+\\w+(?:\\s+\\w+)?|him|her|them|us|me|a\\s+\\w+(?:\\s+\\w+)?)`,
  'u',
);

function clauseAfterVerb(
  masked: string,
  verbEnd: number,
  verb: string,
  sentEnd: number,
): [number, number] | null {
  let pos = verbEnd;
  let after = masked.slice(pos, sentEnd);
  if (verbCan(verb, 'object')) {
    const obj = TELL_OBJECT.exec(after);
    if (obj) {
      pos += obj[0].length;
      after = masked.slice(pos, sentEnd);
    }
  }
  if (/^\s*[:,]?\s*["“„«]/.test(after)) return null;
  const that = /^(?:\s+[^,.;:“”"░]{0,40}?)?\s+that\s+/.exec(after);
  let start: number;
  if (that) start = pos + that[0].length;
  else {
    if (!/^\s+\S/.test(after)) return null;
    const t = after.trimStart();
    if (BARE_START_BAD.test(t) || wordCount(t.split(/[.;]/)[0] ?? '') < 4) return null;
    start = pos + (after.length - t.length);
  }
  let end = sentEnd;
  const adding = CLAUSE_ENDING_PARTICIPLE.exec(masked.slice(start, sentEnd));
  if (adding) end = start + adding.index;
  return trimClause(masked, start, end);
}

/** Words opening a chunk before "…, X said" that make it a circumstance, not what was said. */
const FRONTED_NOT_A_CLAUSE = new RegExp(`^(?:${alternation(FRONTED_CIRCUMSTANCES)}|[a-z]+ing)\\b`, 'i');
/**
 * What may follow the verb of "…, X said": nothing, a time or place ("on Monday", "in a statement"), or the
 * one told ("told reporters"), up to the sentence's end or the comma that resumes an interrupted clause.
 */
const POSTPOSED_ADJUNCT = new RegExp(
  `^(?:\\s+(?:(?:${alternation(POSTPOSED_ADJUNCT_OPENINGS)}|${alternation(DAYS)})\\b[^,;:“”"░(—–]{0,40}?` +
    `|[A-Z][^,;:“”"░(—–]{0,30}?))?\\s*(?:(,)\\s+|$)`,
);

/**
 * The clause before "…, X said" (the subject right after a comma, nothing but a time or place after the
 * verb), and when the cue interrupts it ("The trouble, she said, began early": the part before is no clause
 * on its own) the part after the cue as its tail. A circumstance before the cue ("When asked, …") is no
 * clause: then only the part after the cue is.
 */
function frontedClause(
  masked: string,
  sent: [number, number],
  subj: Subject,
  verb: string,
  vEnd: number,
  cues: Cue[],
): [[number, number] | null, [number, number] | null] | null {
  const before = masked.slice(sent[0], subj.start);
  const comma = /,\s*$/.exec(before);
  if (!comma || wordCount(masked.slice(subj.end, vEnd)) > 3) return null;
  let pos = vEnd;
  if (verbCan(verb, 'object')) pos += TELL_OBJECT.exec(masked.slice(pos, sent[1]))?.[0].length ?? 0;
  const adjunct = POSTPOSED_ADJUNCT.exec(masked.slice(pos, sent[1]).replace(/[.!?]+\s*$/, ''));
  if (!adjunct) return null;
  const cs = Math.max(sent[0], lastClauseStart(masked, sent[0], subj.start, cues));
  const head = trimClause(masked, cs, sent[0] + comma.index);
  if (!head) return null;
  const circumstance = FRONTED_NOT_A_CLAUSE.test(masked.slice(head[0], head[1]));
  const whole = !circumstance && wordCount(masked.slice(head[0], head[1])) >= 4;
  if (whole || !adjunct[1]) return circumstance ? null : [head, null];
  const start = pos + adjunct[0].length;
  const adding = CLAUSE_ENDING_PARTICIPLE.exec(masked.slice(start, sent[1]));
  const tail = trimClause(masked, start, adding ? start + adding.index : sent[1]);
  return circumstance ? (tail ? [tail, null] : null) : [head, tail];
}

interface CueParagraph {
  masked: string;
  para: number;
  sents: [number, number][];
  isEntity: (s: number, e: number) => boolean;
}

/**
 * Characterisations: "what X described as", "X described it as", "X dismissed the report as", "X called the
 * claim “a lie”" (object, then the quote), "prompting X to call the figures “…”".
 */
/** The object of a characterising verb ("it", "the claim", "his rival’s plan"). */
const OBJECT_HEAD = 'it|this|that|them|him|her|(?:the|his|her|its|their|these|those';
const OBJECT_TAIL = ")(?:\\s+[\\p{L}’'-]+){1,4}?";
const OBJECT = `(?:${OBJECT_HEAD}${OBJECT_TAIL})`;
/**
 * "called both Marlow and Vale “…”", "called that report Friday a “…”": up to six words, then an article.
 */
const NAMED_OBJECT = "(?:[\\p{L}\\p{N}’'.-]+\\s+){1,6}?(?:(?:a|an|the)\\s+)?";
/** A named object ("described Marlow as"). */
const PROPER_OBJECT = "[A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*){0,3}";
const OBJECT_WITH_SUCH = `(?:${OBJECT_HEAD}|such${OBJECT_TAIL})`;

function characterisationCues({ masked, para, sents, isEntity }: CueParagraph): Cue[] {
  const cues: Cue[] = [];
  // "what X described as", "X described it as" "what X called", "X described it as", "X dismissed the report
  // as", "X called the claim “a lie”" (object, then the quote)
  const desc = new RegExp(
    `\\b(${alternation(CHARACTERISE_AS_VERBS)})\\b` +
      `(?:\\s+(?:${OBJECT_WITH_SUCH}|${PROPER_OBJECT}))?` +
      `\\s+as\\b` +
      `|\\bwhat\\s+[^,.;:“”"░]{1,40}?\\s(${alternation(WHAT_X_CALLED_VERBS)})\\b` +
      `|\\b(${alternation(NAMING_VERBS)})\\s+` +
      `(?:${OBJECT}(?=\\s*[“"])|(?=[“"])|${NAMED_OBJECT}(?=[“"]))`,
    'gu',
  );
  let m: RegExpExecArray | null;
  while ((m = desc.exec(masked))) {
    const verbWord = m[1] ?? m[2] ?? m[3]!;
    const vStart = m.index + m[0].indexOf(verbWord, m[2] ? m[0].lastIndexOf(verbWord) : 0);
    const sent = sentenceOf(sents, m.index);
    const before = masked.slice(sent[0], vStart);
    const wm = /\bwhat\s+/.exec(before.slice(Math.max(0, before.length - 60)));
    const clauseStart = wm
      ? sent[0] + Math.max(0, before.length - 60) + wm.index + wm[0].length
      : Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    let auxStart = vStart;
    auxStart = skipAux(masked, clauseStart, auxStart);
    // "prompting Health Secretary Nadia Okafor to call the figures “…”": the one prompted speaks
    const pr = PROMPTED.exec(masked.slice(clauseStart, vStart));
    if (verbWord === 'call' && !pr) continue;
    const subj = pr
      ? {
          start: clauseStart + pr.index + pr[0].indexOf(pr[1]!),
          end: clauseStart + pr.index + pr[0].indexOf(pr[1]!) + pr[1]!.length,
          text: pr[1]!,
        }
      : /ing$/.test(verbWord) && /,\s*$/.test(masked.slice(sent[0], vStart))
        ? sentenceSubject({ masked, isEntity }, sent[0], vStart)
        : subjectBefore(masked, clauseStart, auxStart, isEntity);
    if (!subj) continue;
    cues.push({
      para,
      kind: 'described-as',
      start: subj.start,
      end: m.index + m[0].length,
      verbStart: vStart,
      verbEnd: vStart + verbWord.length,
      verb: verbWord,
      subject: subj,
      sentence: sent,
      clause: null,
    });
  }
  return cues;
}

/**
 * A source without a capital or a determiner after "according to" ("exit polls", "new research by the
 * institute"): up to eight words to the next punctuation, with no finite verb.
 */
function bareSourceAfter(masked: string, from: number, limit: number): Subject | null {
  const m = /^\s+([a-z][^,.;:!?“”"░(—–]*)/.exec(masked.slice(from, limit));
  if (!m) return null;
  const text = m[1]!.trimEnd();
  if (wordCount(text) > 8 || FINITE.test(text)) return null;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + text.length, text };
}

/** "according to X", with the clause before it or after its comma. */
function accordingToCues({ masked, para, sents }: CueParagraph): Cue[] {
  const cues: Cue[] = [];
  let m: RegExpExecArray | null;
  // "according to X"
  const acc = /\b[Aa]ccording to\b/g;
  while ((m = acc.exec(masked))) {
    const sent = sentenceOf(sents, m.index);
    const subj =
      subjectAfter(masked, m.index + m[0].length, sent[1]) ??
      bareSourceAfter(masked, m.index + m[0].length, sent[1]);
    if (!subj) continue;
    let clause: [number, number] | null = null;
    const before = masked.slice(sent[0], m.index);
    if (before.trim()) clause = trimClause(masked, sent[0], m.index);
    else {
      let afterSubj = subj.end;
      if (subj.role) afterSubj = masked.indexOf(subj.role, subj.end) + subj.role.length;
      const comma = masked.slice(afterSubj, sent[1]).search(/,/);
      if (comma >= 0) clause = trimClause(masked, afterSubj + comma + 1, sent[1]);
    }
    cues.push({
      para,
      kind: 'according-to',
      start: m.index,
      end: subj.end,
      verbStart: m.index,
      verbEnd: m.index + m[0].length,
      verb: 'according to',
      subject: subj,
      sentence: sent,
      clause,
    });
  }
  return cues;
}

/**
 * Verb cues ("X said", "said X", ", adding …"), added to `cues` in reading order (a clause ends where the cue
 * before it in the sentence ends); `used` spans are characterisation verbs already taken.
 */
/** "by saying", "upon saying": a gerund whose subject is the sentence's, like a participle after a comma. */
const GERUND_LEAD = new RegExp(`\\b(?:${alternation(GERUND_PREPOSITIONS)})$`, 'i');

/** "is telling customers", "was saying": a progressive, not a participle after a comma. */
const PROGRESSIVE = /\b(?:is|are|was|were|been)$/;

function verbCues(
  { masked, para, sents, isEntity }: CueParagraph,
  used: [number, number][],
  cues: Cue[],
): void {
  let m: RegExpExecArray | null;
  SPEECH_VERB.lastIndex = 0;
  while ((m = SPEECH_VERB.exec(masked))) {
    const vStart = m.index;
    const vEnd = vStart + m[0].length;
    if (used.some(([s, e]) => vStart < e && s < vEnd)) continue;
    const verb = verbForm(m[0]);
    if (notSpeechUse(masked, vStart, vEnd)) continue;
    const sent = sentenceOf(sents, vStart);
    const prev = masked.slice(sent[0], vStart).replace(/\s+$/, '');
    const prevChar = prev.slice(-1);
    if (isSpeechParticiple(verb) && !PROGRESSIVE.test(prev)) {
      if (prevChar !== ',' && !GERUND_LEAD.test(prev)) continue;
      const after = masked.slice(vEnd, sent[1]);
      const that = /^\s+that\s+/.exec(after);
      const clause = that ? trimClause(masked, vEnd + that[0].length, sent[1]) : null;
      cues.push({
        para,
        kind: 'adding',
        start: vStart,
        end: vEnd,
        verbStart: vStart,
        verbEnd: vEnd,
        verb,
        subject: null,
        sentence: sent,
        clause,
      });
      continue;
    }
    const clauseStart0 = Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    const before0 =
      prevChar === ','
        ? subjectBefore(masked, clauseStart0, skipAux(masked, clauseStart0, vStart), isEntity)
        : null;
    const appositiveSubject = before0 !== null && (before0.role !== undefined || before0.relative === true);
    if (verbCan(verb, 'invert') && !appositiveSubject && (prevChar === ',' || /[”"»—–]/.test(prevChar))) {
      const subj = subjectAfter(masked, vEnd, sent[1]);
      // "Sunil Varma, said the change was overdue": a phrase with a finite verb is a clause, not the subject
      const rest = subj ? masked.slice(subj.end, sent[1]) : '';
      const endsClean =
        subj &&
        !FINITE.test(subj.text) &&
        (/^\s*([,.;:!?]|$)/.test(rest) ||
          !DETERMINER.has(subj.text.split(/\s+/)[0]!.toLowerCase()) ||
          describedPerson(subj.text, rest));
      if (subj && endsClean) {
        let clause: [number, number] | null = null;
        if (prevChar === ',') {
          const cs = Math.max(sent[0], lastClauseStart(masked, sent[0], vStart, cues));
          clause = trimClause(masked, cs, prev.length + sent[0] - 1);
        }
        cues.push({
          para,
          kind: 'verb-before-subject',
          start: vStart,
          end: subj.end,
          verbStart: vStart,
          verbEnd: vEnd,
          verb,
          subject: subj,
          sentence: sent,
          clause,
        });
        continue;
      }
    }
    const clauseStart = Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    const auxStart = skipAux(masked, clauseStart, vStart);
    // "a scheme it says will …": a pronoun right before the verb is its subject (a relative clause without
    // "that")
    const pm = /(?<![\p{L}’'-])(it|he|she|they|It|He|She|They)\s+$/u.exec(
      masked.slice(clauseStart, auxStart),
    );
    let subj: Subject | null = pm
      ? { start: clauseStart + pm.index, end: clauseStart + pm.index + pm[1]!.length, text: pm[1]! }
      : (subjectBefore(masked, clauseStart, auxStart, isEntity) ??
        coordinatedSubject({ masked, para, sents, isEntity }, sent, clauseStart, auxStart));
    if (!subj) continue;
    // "When Ann Roe announced her run, she …": the cue speaks only inside its subordinate clause, which ends
    // at the first comma after the verb
    const sub = SUBORDINATOR.exec(subj.text);
    // "While not everything Kell says is true, Roe said …": the word opens the clause before the subject
    const lead = masked.slice(clauseStart, subj.start);
    const opened = sub !== null || (SUBORDINATOR.test(lead) && /^\S+\s+(?:[a-z]+\s+){0,2}$/.test(lead));
    const scopeEnd = opened ? subordinateEnd(masked, vEnd, sent[1]) : undefined;
    if (sub) subj = { ...subj, start: subj.start + sub[0].length, text: subj.text.slice(sub[0].length) };
    let clause = verbCan(verb, 'clause') ? clauseAfterVerb(masked, vEnd, verb, scopeEnd ?? sent[1]) : null;
    let clauseTail: [number, number] | null = null;
    if (!clause && verbCan(verb, 'clause')) {
      const fronted = frontedClause(masked, sent, subj, verb, vEnd, cues);
      if (fronted) [clause, clauseTail] = fronted;
    }
    cues.push({
      para,
      kind: 'verb-after-subject',
      start: subj.start,
      end: vEnd,
      verbStart: vStart,
      verbEnd: vEnd,
      verb,
      subject: subj,
      sentence: sent,
      clause,
      ...(clauseTail ? { clauseTail } : {}),
      ...(scopeEnd !== undefined ? { scopeEnd } : {}),
    });
  }
}

/** A word that opens a subordinate clause before its subject ("When", "While", "After"). */
const SUBORDINATOR = new RegExp(`^(?:${alternation(SUBORDINATORS)})\\s+(?=\\S)`);

/** Where a subordinate clause whose verb ends at `from` ends: its first comma, else the sentence's end. */
function subordinateEnd(masked: string, from: number, sentenceEnd: number): number {
  const comma = masked.indexOf(',', from);
  return comma >= 0 && comma < sentenceEnd ? comma : sentenceEnd;
}

/**
 * "said an adviser to the mayor", "said a data expert who has worked for two campaigns": a person noun
 * after the verb, then who they are (a relative clause, or a phrase without a verb of its own), is the
 * speaker, not a reported clause ("said the plan would fail").
 */
function describedPerson(subject: string, rest: string): boolean {
  if (!isPersonAppositive(subject)) return false;
  // "who has worked for …" describes them; "who voted against would …" is a reported clause's subject
  const who = /^\s+who\s+\S+([^,.;:!?“”"]*)/.exec(rest);
  if (who) return !FINITE.test(who[1]!);
  const phrase = /^\s+(?:to|of|at|for|from|with|in|on)\s+[^,.;:!?“”"]*/.exec(rest);
  return !!phrase && !FINITE.test(phrase[0]) && !/\b[a-z]+ed\b/.test(phrase[0]);
}

/**
 * "The ministry thanked Washington, saying …": with no speech cue before it, "saying" takes the sentence's
 * subject; after "X said," it takes X.
 */
function participleSubjects({ masked, isEntity }: CueParagraph, cues: Cue[]): void {
  for (const c of cues) {
    if (c.kind !== 'adding') continue;
    const earlier = cues.filter(
      (x) => x !== c && x.sentence[0] === c.sentence[0] && x.start < c.start && x.kind !== 'adding',
    );
    // "“…,” Ana Lima said, adding that the plan is “…”": the participle shares the subject of the speech
    // verb it follows
    const verb = earlier
      .filter((x) => x.subject && x.verbEnd <= c.verbStart && x.kind.startsWith('verb-'))
      .sort((a, b) => b.verbEnd - a.verbEnd)[0];
    if (verb) c.subject = verb.subject;
    if (earlier.length) continue;
    const subj = sentenceSubject({ masked, isEntity }, c.sentence[0], c.verbStart);
    if (subj) c.subject = subj;
  }
}

/** A name opening the sentence and followed by a lower-case word ("Marlow shot back …"), or null. */
function openingName(masked: string, sentenceStart: number, limit: number): Subject | null {
  const nm = leadingName(masked.slice(sentenceStart, limit), sentenceStart);
  if (!nm || !/^\s+[a-z]/.test(masked.slice(nm.end, limit))) return null;
  return { start: nm.start, end: nm.end, text: masked.slice(nm.start, nm.end) };
}

/**
 * A short description with a common noun for head opening a sentence, then an "-s" present ("The ad targets",
 * "The Roe campaign projects"; not "The Harbourside arts festival").
 */
const OPENING_BEFORE_PRESENT = new RegExp(
  `^\\s*((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+` +
    `(?:[\\p{L}’'-]+\\s+){0,3}?\\p{Ll}[\\p{L}-]*)\\s+` +
    `(?!(?:${alternation(NOT_VERB_S_WORDS)})\\b)[a-z]+[a-rt-z]s\\b`,
  'u',
);

/** The description opening a sentence whose verb is an "-s" present, before `limit`; null if none. */
function openingBeforePresent(masked: string, sentenceStart: number, limit: number): Subject | null {
  const m = OPENING_BEFORE_PRESENT.exec(masked.slice(sentenceStart, limit));
  if (!m) return null;
  const start = sentenceStart + m[0].length - m[0].trimStart().length;
  const end = start + m[1]!.length;
  return { start, end, text: masked.slice(start, end) };
}

/**
 * Where a sentence's main clause starts: after the first comma when what precedes it is a fronted clause ("As
 * the crowd began to chant, Roe … joked"), else at the sentence's start.
 */
function afterFrontedClause(masked: string, sentenceStart: number, limit: number): number {
  const comma = masked.indexOf(',', sentenceStart);
  if (comma < 0 || comma >= limit || !opensWithSubordinateClause(masked.slice(sentenceStart, comma), true))
    return sentenceStart;
  const next = comma + /^,\s*/.exec(masked.slice(comma))![0].length;
  return next < limit ? next : sentenceStart;
}

/**
 * The subject of a sentence's first finite verb before `limit` (or the name it opens with, or the description
 * before an "-s" present), looked for after a fronted clause; or null.
 */
function sentenceSubject(
  { masked, isEntity }: Pick<CueParagraph, 'masked' | 'isEntity'>,
  sentenceStart: number,
  limit: number,
): Subject | null {
  const from = afterFrontedClause(masked, sentenceStart, limit);
  const v = mainVerb(masked, from, limit);
  if (v === null) return openingName(masked, from, limit) ?? openingBeforePresent(masked, from, limit);
  const cs = Math.max(from, lastBoundary(masked, from, v));
  return subjectBefore(masked, cs, skipAux(masked, cs, v), isEntity);
}

/**
 * "McConnell embraced the mogul and said this week that …": a verb after "and"/"but" shares the subject of
 * its sentence's first verb.
 */
function coordinatedSubject(
  p: CueParagraph,
  sent: [number, number],
  clauseStart: number,
  verbStart: number,
): Subject | null {
  const and = /\s(?:and|but)(?:\s+(?:then|also|later))?\s*$/.exec(p.masked.slice(clauseStart, verbStart));
  return and ? sentenceSubject(p, sent[0], clauseStart + and.index) : null;
}

/**
 * All speech cues of one paragraph (`masked` = paragraph with quoted words masked); `beforeQuote`: the next
 * paragraph is nothing but a quote, which the subject of this paragraph's last sentence may have said.
 */
export function findCues(
  masked: string,
  para: number,
  isEntity: (s: number, e: number) => boolean = () => false,
  boundaries: string = masked,
  beforeQuote = false,
): Cue[] {
  const p: CueParagraph = { masked, para, sents: sentences(boundaries), isEntity };
  const characterising = characterisationCues(p);
  const cues = [...characterising, ...accordingToCues(p)];
  const used = characterising.map((c): [number, number] => [c.verbStart, c.verbEnd]);
  verbCues(p, used, cues);
  cues.push(...openingVerbCues(p));
  participleSubjects(p, cues);
  cues.push(...colonCues(masked, para, p.sents, cues, isEntity));
  cues.push(...sentenceSubjectCues(p, cues, beforeQuote));
  endClausesAtCoordinateCues(masked, cues);
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * "Said Kell, “…”", "Added Ann Roe: “…”", "Stated Kell:" ending a paragraph before a quote: a sentence that
 * opens with a verb of saying, then its subject and the quote it introduces (the verb pattern is lower case).
 */
function openingVerbCues({ masked, para, sents }: CueParagraph): Cue[] {
  const out: Cue[] = [];
  for (const sent of sents) {
    const m = /^\s*([A-Z][a-z]+)\s/.exec(masked.slice(sent[0], sent[1]));
    const verb = m?.[1]!.toLowerCase();
    if (!m || !verb || !isFiniteSpeechVerb(verb) || !verbCan(verb, 'invert')) continue;
    const verbStart = sent[0] + m.index + m[0].length - m[0].trimStart().length;
    const verbEnd = verbStart + verb.length;
    const subject = subjectAfter(masked, verbEnd, sent[1]);
    // the quote follows, or the next paragraph holds it ("Stated Kell:" ending its paragraph)
    if (!subject || !/^\s*(?:[,:]\s*[“"„«]|:\s*$)/.test(masked.slice(subject.end, sent[1]))) continue;
    out.push({
      para,
      kind: 'verb-before-subject',
      start: verbStart,
      end: subject.end,
      verbStart,
      verbEnd,
      verb,
      subject,
      sentence: sent,
      clause: null,
    });
  }
  return out;
}

/** ", but Tom Kell warned", "; she added": a coordinated clause with a speaker of its own. */
const COORDINATE_CUE_LEAD = /(?:[,;]\s*(?:but|and|while|whereas)|;)\s*$/;

/**
 * "Ann Roe said the plan was “a start”, but Tom Kell warned that …": a reported clause ends where a
 * coordinated clause with its own speech cue begins (not at a cue it reports: "Roe said Kell warned …").
 */
function endClausesAtCoordinateCues(masked: string, cues: Cue[]): void {
  for (const c of cues) {
    if (!c.clause) continue;
    const next = cues
      .filter(
        (x) =>
          x !== c &&
          x.kind === 'verb-after-subject' &&
          x.subject &&
          x.subject.start > c.clause![0] &&
          x.subject.start < c.clause![1],
      )
      .sort((a, b) => a.subject!.start - b.subject!.start)
      .find((x) => COORDINATE_CUE_LEAD.test(masked.slice(c.clause![0], x.subject!.start)));
    if (!next) continue;
    const lead = COORDINATE_CUE_LEAD.exec(masked.slice(c.clause[0], next.subject!.start))!;
    const clause = trimClause(masked, c.clause[0], c.clause[0] + lead.index);
    if (clause) c.clause = clause;
  }
}

/**
 * A sentence that quotes but has no speech cue ("Marlow again lamented a harbour that is “slowly
 * dying”"): its subject is the likeliest speaker, a weak cue of its own (read as uncertain). So is the
 * subject of a paragraph's last sentence when the next paragraph is only a quote ("Marlow praised the
 * crew." then "“…”"), if that sentence quotes nothing.
 */
function sentenceSubjectCues(p: CueParagraph, cues: Cue[], beforeQuote: boolean): Cue[] {
  const out: Cue[] = [];
  for (const sent of p.sents) {
    const last = beforeQuote && sent === p.sents[p.sents.length - 1] && !/[░“”"„«]/.test(p.masked);
    const open = last ? sent[1] - sent[0] : p.masked.slice(sent[0], sent[1]).search(/[“"„«]░/);
    // a characterising cue ("X called it “…”") holds only the quote beside it; the sentence's others are
    // the subject's too ("… and called on leaders “…”")
    if (open < 0 || cues.some((c) => c.sentence[0] === sent[0] && c.kind !== 'described-as')) continue;
    const at = sent[0] + open;
    const subject = sentenceSubject(p, sent[0], at);
    // "His face showed “…”": a thing that says nothing is no speaker
    if (!subject || subject.end > at || !canSpeak(subject.text)) continue;
    out.push({
      para: p.para,
      kind: 'sentence-subject',
      start: subject.start,
      end: subject.end,
      verbStart: subject.end,
      verbEnd: subject.end,
      verb: '',
      subject,
      sentence: sent,
      clause: null,
    });
  }
  return out;
}

/** Common irregular past tenses that can head a sentence's predicate ("Oxfam went further, saying …"). */
const IRREGULAR_PAST = new RegExp(`^(${alternation(IRREGULAR_PASTS)})$`);

/**
 * Start of the first finite verb of a sentence (a past tense not used as an adjective), before `limit`; null
 * if none.
 */
const FINITE_BE_HAVE = /^(?:was|were|is|are|has|have|had)$/;

function mainVerb(masked: string, from: number, limit: number): number | null {
  for (const m of masked.slice(from, limit).matchAll(/(?<![\p{L}’'-])([a-z]{3,}ed|[a-z]+)(?![\p{L}’'-])/gu)) {
    const w = m[1]!;
    if (!/ed$/.test(w) && !IRREGULAR_PAST.test(w) && !FINITE_BE_HAVE.test(w) && !isFiniteSpeechVerb(w))
      continue;
    const at = from + m.index!;
    if (notSpeechUse(masked, at, at + w.length)) continue;
    const pre = masked.slice(from, at);
    // "Continuing to explain his view, Kell rejected …": a verb after "to" is an infinitive
    if (/\bto\s+$/.test(pre)) continue;
    // a chunk after a comma that opens with the verb is a participle ("Asked about it, …"), not the
    // predicate, unless the comma closes what describes the name opening the sentence ("Tom Kell, a lawyer,
    // endorsed")
    if (/(^|,)\s*$/.test(pre) && !closesOpeningAppositive(masked, from, at)) continue;
    return at;
  }
  return null;
}

/**
 * True when the text from a sentence's start to `at` is a name (or an unnamed person) and what describes it,
 * set off by commas ("Tom Kell, founder of the Dover Institute, "): the verb at `at` is its predicate.
 */
function closesOpeningAppositive(masked: string, from: number, at: number): boolean {
  if (!/,\s*$/.test(masked.slice(from, at))) return false;
  const subject = subjectBefore(masked, from, at, () => false);
  return !!subject?.role && masked.slice(from, subject.start).trim() === '';
}

/** "prompting X to …", "leading X to …": X is the subject of the verb after "to". */
const PROMPTED = new RegExp(
  `\\b(?:${alternation(PROMPTING_VERBS)})\\s+` +
    `((?:[A-Z][\\p{L}\\p{M}'’.-]*\\s+){0,4}[A-Z][\\p{L}\\p{M}'’-]+)\\s+to\\s+$`,
  'u',
);
/** A determiner right before a word (a whole word: "Erdoğan" does not end in "an"). */
const ADJ_BEFORE = /(?<![\p{L}\p{N}'’])(the|a|an|its|his|her|their|this|these|those|our|my|your|whose)\s+$/iu;
const PASSIVE_BEFORE = new RegExp(
  `\\b(${alternation(PASSIVE_AUXILIARIES)})\\s+(?:(?:${alternation(PASSIVE_ADVERBS)})\\s+)?$`,
  'i',
);
/** Words before "calls for" that make it a noun ("amid calls for calm", "rejecting calls for"). */
const CALL_NOUN_LEAD = new RegExp(`\\b(?:[a-z]+ing|${alternation(CALL_NOUN_LEADS)})\\s+$`, 'i');

/** The words after "asked" in a request for anonymity. */
const ANONYMITY = new RegExp(
  `^\\s+(?:not\\s+to\\s+be\\s+(?:named|identified)|for\\s+anonymity` +
    `|that\\s+(?:his|her|their)\\s+(?:name|names|identity)\\s+(?:not\\s+be|be\\s+withheld))`,
);

/**
 * True if a speech verb is used as an adjective ("the reported deal", "its stated aim") or in the passive
 * ("it was reported", "he was told"), so it names no speaker.
 */
/** A singular article and one or two lower-case words (not a plural) right before a word. */
const SINGULAR_NOUN_LEAD = /(?<![\p{L}’'-])(?:a|an|another|one)\s+(?:[a-z-]+\s+)?[a-z-]*[^\Ws]\s+$/iu;

export function notSpeechUse(masked: string, vStart: number, vEnd: number): boolean {
  const before = masked.slice(Math.max(0, vStart - 40), vStart);
  const verb = masked.slice(vStart, vEnd).toLowerCase();
  if (PASSIVE_BEFORE.test(before) && /(ed|told|said|wrote|written)$/.test(verb)) return true;
  // "rejecting calls for a ceasefire", "amid calls for calm": the noun, not someone calling
  if (/^calls for|^demands/.test(verb) && CALL_NOUN_LEAD.test(before)) return true;
  // "who asked not to be named", "asked that her name not be used": a request for anonymity, not speech
  // reported
  if (/^ask/.test(verb) && ANONYMITY.test(masked.slice(vEnd, vEnd + 60))) return true;
  // "read" speaks only after its quote ("…,” the memo read.", "…,” read one"), not in "Kell read the letter"
  // or before a slogan ("the placard read: “…”", a scare quote by the sets' convention)
  if (
    verb === 'read' &&
    !/[”"»],?\s*$/.test(before) &&
    !/^\s*(?:[.!?;]|,(?!\s*[“"„«]))/.test(masked.slice(vEnd))
  )
    return true;
  // "a false claim", "one last reply": a singular article and a word or two before a verb that is also a noun
  if (/^(?:claim|reply|recall)$/.test(verb) && SINGULAR_NOUN_LEAD.test(before)) return true;
  // "the reported deal", "its stated aim": an adjective; "the claim", "his notes", "Ana’s promises": a noun
  return ADJ_BEFORE.test(before) || (/['’]s\s+$/.test(before) && /s$|^claim$|^recall$/.test(verb));
}

export function lastBoundary(masked: string, from: number, to: number): number {
  let b = from;
  for (let i = to - 1; i >= from; i--) {
    // "Tom Kell, chair of Rising (a lobby group), said": a closed bracket before the verb is skipped whole
    if (masked[i] === ')') {
      const open = masked.lastIndexOf('(', i);
      if (open >= from && !/[;:”"»░“„«—–]/.test(masked.slice(open + 1, i))) {
        i = open;
        continue;
      }
    }
    if (/[;:”"»░“„«(—–]/.test(masked[i]!)) {
      b = i + 1;
      break;
    }
  }
  return b;
}

function lastClauseStart(masked: string, from: number, to: number, cues: Cue[]): number {
  let b = from;
  for (const c of cues)
    if (c.sentence[0] === from && c.end <= to && c.end > b) b = c.clause ? Math.max(b, c.clause[1]) : c.end;
  const semi = masked.slice(from, to).lastIndexOf(';');
  if (semi >= 0) b = Math.max(b, from + semi + 1);
  return b;
}

/** A time phrase between a subject and its verb ("China’s foreign ministry on Monday urged"). */
const TIME_BEFORE_VERB = new RegExp(
  `\\s(?:(?:late|early|later|earlier)\\s+)?(?:(?:on\\s+)?(?:${alternation(DAYS)})` +
    `(?:\\s+(?:${alternation(DAY_PARTS)}))?` +
    `|yesterday|today|overnight|later|earlier|last\\s+(?:${alternation(LAST_PERIODS)})` +
    // "at the time", "less than two weeks ago"
    `|at\\s+the\\s+time|(?:(?:less|more)\\s+than\\s+|about\\s+|nearly\\s+)?` +
    `(?:a|an|one|two|three|four|five|six|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago)\\s*$`,
);

/**
 * A lower-case "-ly" word between a subject and its verb ("Lima strongly denied"), not a noun after a
 * determiner or a possessive ("the family said", "Lima's ally said").
 */
function adverbBeforeVerb(before: string, word: string): boolean {
  if (!/^[a-z]{2,}ly$/.test(word)) return false;
  return !/(?:^|[\s(])(?:the|a|an|his|her|its|their|our|my|your|this|that|[\p{L}.-]+['’]s?)\s+\S+\s*$/iu.test(
    before,
  );
}

function skipAux(masked: string, from: number, vStart: number): number {
  let pos = vStart;
  const time = TIME_BEFORE_VERB.exec(masked.slice(from, pos));
  if (time) pos = from + time.index;
  for (let k = 0; k < 3; k++) {
    const before = masked.slice(from, pos);
    const w = /(\S+)\s*$/.exec(before);
    if (!w || !(AUX.has(w[1]!.toLowerCase()) || adverbBeforeVerb(before, w[1]!))) break;
    pos = from + w.index;
  }
  return pos;
}
