/**
 * Speech cues in a paragraph whose quotes are masked: "X said", "said X", "according to X", "what X described
 * as".
 */
import { accordingToCues } from './according-to-cues.ts';
import { characterisationCues } from './characterisation-cues.ts';
import {
  clauseAfterVerb,
  endClausesAtCoordinateCues,
  frontedClause,
  lastBoundary,
  lastClauseStart,
  SUBORDINATOR,
  subordinateEnd,
  trimClause,
} from './clause-bounds.ts';
import { colonCues } from './colon-cues.ts';
import { type Cue, type CueParagraph, sentenceOf } from './cue.ts';
import type { Subject } from './cue-subjects.ts';
import { DETERMINER, FINITE, subjectBefore, trailingNP } from './cue-subjects.ts';
import { subjectAfter } from './subject-after.ts';
import { ADDRESSED_VERBS, alternation, GERUND_PREPOSITIONS, NAMING_PARTICIPLES } from './lexicon.ts';
import {
  INNER_SUBORDINATOR,
  nearPronoun,
  outerName,
  sceneSubject,
  subordinateSubject,
} from './near-pronoun.ts';
import { pollFor } from './poll-subject.ts';
import { possessiveCues } from './possessive-cues.ts';
import {
  isFiniteSpeechVerb,
  isNounForm,
  isSpeechParticiple,
  SPEECH_VERB,
  verbCan,
  verbForm,
} from './speech-verbs.ts';
import { canSpeak, isPersonAppositive } from './person-phrases.ts';
import { coordinatedSubject, sentenceSubject } from './sentence-subject.ts';
import { sentences } from './text.ts';
import { notSpeechUse, skipAux } from './verb-use.ts';

export type { Cue, CueKind } from './cue.ts';

/**
 * All speech cues of one paragraph (`masked` = paragraph with quoted words masked); `label`: a transcript
 * turn's speaker label the quote stage found (“ROE: …”, its offsets); `beforeQuote`: the next
 * paragraph is nothing but a quote, which the subject of this paragraph's last sentence may have said.
 */
export function findCues(
  masked: string,
  para: number,
  isEntity: (s: number, e: number) => boolean = () => false,
  boundaries: string = masked,
  beforeQuote = false,
  label: [number, number] | null = null,
): Cue[] {
  const p: CueParagraph = { masked, para, sents: sentences(boundaries), isEntity };
  const characterising = characterisationCues(p);
  const cues = [...characterising, ...accordingToCues(p)];
  const used = characterising.map((c): [number, number] => [c.verbStart, c.verbEnd]);
  verbCues(p, used, cues);
  cues.push(...openingVerbCues(p));
  participleSubjects(p, cues);
  cues.push(...colonCues(masked, para, p.sents, cues, isEntity, label));
  cues.push(...possessiveCues(p, cues));
  cues.push(...sentenceSubjectCues(p, cues, beforeQuote));
  endClausesAtCoordinateCues(masked, cues);
  return cues.sort((a, b) => a.start - b.start);
}

/** "by saying", "upon saying": a gerund whose subject is the sentence's, like a participle after a comma. */
const GERUND_LEAD = new RegExp(`\\b(?:${alternation(GERUND_PREPOSITIONS)})$`, 'i');

/**
 * "is telling customers", "was saying", "can be heard asking": a progressive, not a participle after a
 * comma.
 */
const PROGRESSIVE = /\b(?:is|are|was|were|been|be|heard|seen)$/;

/**
 * Verb cues ("X said", "said X", ", adding …"), added to `cues` in reading order (a clause ends where the cue
 * before it in the sentence ends); `used` spans are characterisation verbs already taken.
 */
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
    const absolute = isSpeechParticiple(verb) ? withSubject(masked, sent[0], vStart) : null;
    if (absolute) {
      cues.push({
        para,
        kind: 'verb-after-subject',
        start: absolute.start,
        end: vEnd,
        verbStart: vStart,
        verbEnd: vEnd,
        verb,
        subject: absolute,
        sentence: sent,
        clause: verbCan(verb, 'clause') ? clauseAfterVerb(masked, vEnd, verb, sent[1]) : null,
      });
      continue;
    }
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
      // "The mayor, who …, said Vale’s remarks “…”", "Kell, at the institute, said Ruritania has …": with a
      // subject before the verb, the phrase after it opens the reported clause
      const reported = before0 !== null && prevChar === ',' && OPENS_REPORTED_CLAUSE.test(rest);
      const endsClean =
        subj &&
        !reported &&
        !FINITE.test(subj.text) &&
        (/^\s*([,.;:!?]|$)/.test(rest) ||
          !DETERMINER.has(subj.text.split(/\s+/)[0]!.toLowerCase()) ||
          describedPerson(subj.text, rest));
      if (subj && endsClean && (!isNounForm(verb) || besideQuote(masked, sent, vStart, subj.end))) {
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
    // "…, and said": a verb right after a comma and "and" has no subject of its own ("… had “attacked”
    // Kell, and said …" is not Kell's)
    const p = { masked, para, sents, isEntity };
    let subj: Subject | null = pm
      ? { start: clauseStart + pm.index, end: clauseStart + pm.index + pm[1]!.length, text: pm[1]! }
      : COMMA_AND.test(masked.slice(clauseStart, auxStart))
        ? (coordinatedSubject(p, sent, clauseStart, auxStart) ??
          subjectBefore(masked, clauseStart, auxStart, isEntity))
        : (subjectBefore(masked, clauseStart, auxStart, isEntity) ??
          coordinatedSubject(p, sent, clauseStart, auxStart));
    if (!subj) continue;
    if (isNounForm(verb) && !(besideQuote(masked, sent, subj.start, vEnd) && DETERMINED.test(subj.text)))
      continue;
    subj = pollFor(masked, sent, subj) ?? subj;
    // "When Ann Roe announced her run, she …": the cue speaks only inside its subordinate clause, which ends
    // at the first comma after the verb
    const sub = SUBORDINATOR.exec(subj.text);
    // "While not everything Kell says is true, Roe said …": the word opens the clause before the subject
    const lead = masked.slice(clauseStart, subj.start);
    const opened =
      sub !== null ||
      (SUBORDINATOR.test(masked.slice(clauseStart, subj.end)) && /^\S+\s+(?:[a-z]+\s+){0,2}$/.test(lead));
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
    const outer = outerName({ masked, isEntity }, sent, subj);
    if (outer) cues[cues.length - 1]!.outerSubject = outer;
  }
}

/** ", and" or ", but" (then, also, later) right before a verb. */
const COMMA_AND = /,\s+(?:and|but)(?:\s+(?:then|also|later))?\s*$/;

/** A subject opened by a determiner or a pronoun ("the memo", "it"), not a date or a bare word. */
const DETERMINED = /^(?:the|a|an|its|his|her|their|this|it|they)\b/i;

/** A closing quote, then at most a noun and a preposition leading the subject ("” a voice-over in "). */
const QUOTE_THEN_SUBJECT = /[”"»],?\s*(?:(?:a|an|the|one)\s+[\p{L}’'-]+\s+(?:in|of|at|for|from|on)\s+)?$/u;

/**
 * True if the cue from `start` to `end` sits right after a closing quote ("…,” the memo states; "…,” a
 * narrator in the film states", the subject read from "the film") or right before an opening one ("the memo
 * states: “…", "states in the memo, “…"): a verb form that is also a noun ("states") is a verb only there.
 */
function besideQuote(masked: string, sent: [number, number], start: number, end: number): boolean {
  return (
    QUOTE_THEN_SUBJECT.test(masked.slice(0, start)) ||
    /^(?:\s+(?:in|on|to)\s[^,.;:“”"]{1,40})?\s*[,:]\s*[“"«]/.test(masked.slice(end, sent[1]))
  );
}

/**
 * A quote or a finite verb right after a noun phrase ("and Freedonia have"): the phrase is a reported
 * clause's subject.
 */
const OPENS_REPORTED_CLAUSE = new RegExp(
  `^\\s*[“"]|^(?:\\s+and(?:\\s+[A-Z][\\p{L}’'-]*)+)?\\s+` +
    `(?:has|have|had|is|are|was|were|will|would|can|could|must)\\b`,
  'u',
);

/** "known as Bob": a phrase that names the person before it. */
const NAMED_AS = new RegExp(`^\\s+(?:${alternation(NAMING_PARTICIPLES)})\\s+as\\s+([^,.;:!?“”"]*)`);

/** ", with Ann Roe (recently) noting": a phrase after "with" before a participle, the adverb skipped. */
const WITH_ABSOLUTE = /(?:^|[,—–])\s*with\s+([^,;:“”"░]+?)\s+(?:[a-z]+ly\s+)?$/;

/**
 * "Both fear the vote, with Ann Roe noting “…”": the subject of a participle of saying in a phrase opened by
 * "with" is the one named after it (a name, or a person or body that can speak); null if none.
 */
function withSubject(masked: string, sentenceStart: number, verbStart: number): Subject | null {
  const m = WITH_ABSOLUTE.exec(masked.slice(sentenceStart, verbStart));
  if (!m || FINITE.test(m[1]!) || !canSpeak(m[1]!)) return null;
  const start = sentenceStart + m.index + m[0].indexOf(m[1]!, m[0].indexOf('with') + 4);
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/**
 * "said an adviser to the mayor", "said a pollster who has advised two campaigns", "said the owner of
 * a stall that mends nets", "said the chief known as Bob": a person noun after the verb, then who they are
 * (a relative clause, a naming phrase, or a phrase without a verb of its own), is the speaker, not a
 * reported clause ("said the plan would fail").
 */
function describedPerson(subject: string, rest: string): boolean {
  if (!isPersonAppositive(subject)) return false;
  // "who has worked for …" describes them; "who voted against would …" is a reported clause's subject
  const who = /^\s+(?:who|that)\s+\S+([^,.;:!?“”"]*)/.exec(rest);
  if (who) return !FINITE.test(who[1]!);
  const named = NAMED_AS.exec(rest);
  if (named) return !FINITE.test(named[1]!);
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
    // "Roe asks as a man walks in, saying “…”", "a film in which fans wave flags, chanting “…”": the
    // participle right after a clause that sets a scene is the scene's subject's (a pronoun there is Roe
    // again: see nearPronoun)
    const scene = sceneSubject(masked, isEntity, c);
    const sceneAfter = (pos: number) => !!scene && scene.start > pos;
    if (verb && sceneAfter(verb.verbEnd)) {
      c.subject = scene;
      continue;
    }
    if (earlier.length) {
      if (c.subject) nearPronoun(masked, isEntity, c, verb ? verb.verbEnd : c.subject.end, null);
      continue;
    }
    const subj = sentenceSubject({ masked, isEntity }, c.sentence[0], c.verbStart);
    // "The first clash came at noon, when protesters interrupted her, shouting “…”": a main subject that
    // says nothing leaves the participle to the subordinate clause's subject
    const inner = subordinateSubject(masked, isEntity, c, INNER_SUBORDINATOR);
    const speaks = !!subj && canSpeak(subj.text);
    if (speaks) nearPronoun(masked, isEntity, c, subj.end, inner);
    if (subj && sceneAfter(subj.end)) c.subject = scene;
    else if (!speaks && inner) c.subject = inner;
    else if (subj) c.subject = subj;
  }
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

/** A passive of a verb of asking right after the subject ("was asked", "had been pressed"). */
const ADDRESSED = new RegExp(
  `^\\s+(?:was|were|is|are|been|being|has been|had been|have been|will be)\\s+` +
    `(?:[a-z]+ly\\s+)?(?:${alternation(ADDRESSED_VERBS)})\\b`,
);

/** True if a passive of a verb of asking follows a subject ending at `from` ("Roe was asked"). */
export function wasAsked(masked: string, from: number, limit: number): boolean {
  return ADDRESSED.test(masked.slice(from, limit));
}

/** "… was asked by moderator Tom Kell whether": the asker after "by", up to what he asked; or null. */
export function askerOf(masked: string, from: number, limit: number): Subject | null {
  const by = /\sby\s+/.exec(masked.slice(from, limit));
  if (!by) return null;
  const start = from + by.index + by[0].length;
  const rest = masked.slice(start, limit);
  const end = start + rest.search(/\s+(?:whether|if|about|on|to|why|what|how|when)\s|\s*[,;:(“"„«]|\s*$/);
  const np = trailingNP(masked.slice(start, end), start);
  return np && canSpeak(np.text) ? np : null;
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
    let subject = sentenceSubject(p, sent[0], at);
    // "His face showed “…”": a thing that says nothing is no speaker
    if (!subject || subject.end > at || !canSpeak(subject.text)) continue;
    // "Roe was asked by Kell whether …": the one asked speaks none of the sentence's quotes; the asker does
    if (wasAsked(p.masked, subject.end, at)) {
      subject = askerOf(p.masked, subject.end, at);
      if (!subject) continue;
    }
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
