/**
 * Characterisations: "what X described as", "X described it as", "X dismissed the report as", "X called the
 * claim “a lie”" (object, then the quote), "prompting X to call the figures “…”".
 */
import { lastBoundary } from './clause-bounds.ts';
import { type Cue, type CueParagraph, sentenceOf } from './cue.ts';
import { subjectBefore } from './cue-subjects.ts';
import {
  alternation,
  CHARACTERISE_AS_VERBS,
  NAMING_VERBS,
  PROMPTING_VERBS,
  WHAT_X_CALLED_VERBS,
} from './lexicon.ts';
import { nearPronoun, outerName } from './near-pronoun.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { skipAux } from './verb-use.ts';

/** The object of a characterising verb ("it", "the claim", "his rival’s plan"). */
const OBJECT_HEAD = 'it|this|that|them|him|her|(?:the|his|her|its|their|these|those';
const OBJECT_TAIL = ")(?:\\s+[\\p{L}’'-]+){1,4}?";
const OBJECT = `(?:${OBJECT_HEAD}${OBJECT_TAIL})`;
/**
 * "called both Marlow and Vale “…”", "called that report Friday a “…”": up to six words, then an article.
 */
const NAMED_OBJECT = "(?:[\\p{L}\\p{N}’'.-]+\\s+){1,6}?(?:(?:a|an|the)\\s+)?";
/** An object with a relative clause ("called the fire that destroyed three family homes “…”"). */
const OBJECT_WITH_RELATIVE =
  "(?:the|his|her|its|their|this)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:that|which|who)\\s+" +
  "(?:[\\p{L}\\p{N}’'.-]+\\s+){1,7}?(?:(?:a|an|the)\\s+)?";
/** A named object ("described Marlow as"). */
const PROPER_OBJECT = "[A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*){0,3}";
const OBJECT_WITH_SUCH = `(?:${OBJECT_HEAD}|such${OBJECT_TAIL})`;

/** "prompting X to …", "leading X to …": X is the subject of the verb after "to". */
const PROMPTED = new RegExp(
  `\\b(?:${alternation(PROMPTING_VERBS)})\\s+` +
    `((?:[A-Z][\\p{L}\\p{M}'’.-]*\\s+){0,4}[A-Z][\\p{L}\\p{M}'’-]+)\\s+to\\s+$`,
  'u',
);

/**
 * "the marchers, whom he described as", "Hale, who Roe called a “…”": a relative clause whose pronoun is the
 * verb's object; its subject is the one to four words between the pronoun and the verb.
 */
const OBJECT_RELATIVE = /\b(?:who|whom|which|that)\s+((?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+)\s+$/u;

export function characterisationCues({ masked, para, sents, isEntity }: CueParagraph): Cue[] {
  const cues: Cue[] = [];
  // "what X described as", "X described it as" "what X called", "X described it as", "X dismissed the report
  // as", "X called the claim “a lie”" (object, then the quote)
  const desc = new RegExp(
    `\\b(${alternation(CHARACTERISE_AS_VERBS)})\\b` +
      `(?:\\s+(?:${OBJECT_WITH_SUCH}|${PROPER_OBJECT}))?` +
      `\\s+as\\b` +
      `|\\bwhat\\s+[^,.;:“”"░]{1,40}?\\s(${alternation(WHAT_X_CALLED_VERBS)})\\b` +
      `|\\b(${alternation(NAMING_VERBS)})\\s+` +
      `(?:${OBJECT}(?=\\s*[“"])|(?=[“"])|${NAMED_OBJECT}(?=[“"])|${OBJECT_WITH_RELATIVE}(?=[“"]))`,
    'gu',
  );
  let m: RegExpExecArray | null;
  while ((m = desc.exec(masked))) {
    const verbWord = m[1] ?? m[2] ?? m[3]!;
    const vStart = m.index + m[0].indexOf(verbWord, m[2] ? m[0].lastIndexOf(verbWord) : 0);
    const sent = sentenceOf(sents, m.index);
    const before = masked.slice(sent[0], vStart);
    const wm = /\bwhat\s+/.exec(before.slice(Math.max(0, before.length - 60)));
    let clauseStart = wm
      ? sent[0] + Math.max(0, before.length - 60) + wm.index + wm[0].length
      : Math.max(sent[0], lastBoundary(masked, sent[0], vStart));
    let auxStart = vStart;
    auxStart = skipAux(masked, clauseStart, auxStart);
    const rel = wm ? null : OBJECT_RELATIVE.exec(masked.slice(sent[0], auxStart));
    if (rel) clauseStart = sent[0] + rel.index + rel[0].indexOf(rel[1]!);
    // "prompting Health Secretary Nadia Okafor to call the figures “…”": the one prompted speaks
    const pr = PROMPTED.exec(masked.slice(clauseStart, vStart));
    if (verbWord === 'call' && !pr) continue;
    const participle = !pr && /ing$/.test(verbWord) && /,\s*$/.test(masked.slice(sent[0], vStart));
    const subj = pr
      ? {
          start: clauseStart + pr.index + pr[0].indexOf(pr[1]!),
          end: clauseStart + pr.index + pr[0].indexOf(pr[1]!) + pr[1]!.length,
          text: pr[1]!,
        }
      : participle
        ? sentenceSubject({ masked, isEntity }, sent[0], vStart)
        : subjectBefore(masked, clauseStart, auxStart, isEntity);
    if (!subj) continue;
    const cue: Cue = {
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
    };
    // "Roe changed the slogan when she named her deputy, calling him “…”": the nearer "she" may be Roe
    if (participle) nearPronoun(masked, isEntity, cue, subj.end, null);
    // "Kell keeps attacking what he calls “…”": the name the pronoun may stand for
    const outer = participle || pr ? null : outerName({ masked, isEntity }, sent, subj);
    if (outer) cue.outerSubject = outer;
    cues.push(cue);
  }
  return cues;
}
