/** Where a reported clause begins and ends around its speech cue ("X said that …", "…, X said, …"). */
import type { Cue } from './cue.ts';
import type { Subject } from './cue-subjects.ts';
import {
  alternation,
  DAYS,
  FRONTED_CIRCUMSTANCES,
  NOT_A_CLAUSE_OPENINGS,
  POSTPOSED_ADJUNCT_OPENINGS,
  SUBORDINATORS,
  TITLE_LEADS,
} from './lexicon.ts';
import { CLAUSE_ENDING_PARTICIPLE, verbCan } from './speech-verbs.ts';
import { wordCount } from './text.ts';

/** A clause's span without the punctuation around it (a closing mark stays with its quote); null if empty. */
export function trimClause(masked: string, s: number, e: number): [number, number] | null {
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
/** The clause after a verb of saying ("said that …", "told reporters the plan …"), or null. */
export function clauseAfterVerb(
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
 */ export function frontedClause(
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

/** A word that opens a subordinate clause before its subject ("When", "While", "After"). */
export const SUBORDINATOR = new RegExp(`^(?:${alternation(SUBORDINATORS)})\\s+(?=\\S)`);

/**
 * Where a subordinate clause whose verb ends at `from` ends: its first comma, else the sentence's end; a
 * quote the verb introduces is the clause's, which ends at its closing mark ("When a fan shouted, “Hale,”
 * Beck joked …").
 */
export function subordinateEnd(masked: string, from: number, sentenceEnd: number): number {
  const quoted = /^\s*,?\s*“░*”/.exec(masked.slice(from, sentenceEnd));
  if (quoted) return from + quoted[0].length - 1;
  // "After Roe said it was “a mess,” Kell said …": a quote's own comma ends the clause too (a closing mark
  // with a capitalised word after it)
  const closed = /[”"]\s+(?=\p{Lu})/u.exec(masked.slice(from, sentenceEnd));
  const comma = masked.indexOf(',', from);
  const end = Math.min(
    comma >= 0 && comma < sentenceEnd ? comma : sentenceEnd,
    closed ? from + closed.index : sentenceEnd,
  );
  return end;
}

const TITLE_LEAD = new RegExp(`,[^,;:“”"]*\\s(?:${alternation(TITLE_LEADS)})\\s+$`);

/**
 * The opening mark of the masked quote closed at `close` when it is a title inside an appositive: it follows
 * a comma and a word such as "on", "of" or "called" in the clause ("Ann Roe, the author of “Fast Boats,”");
 * else -1.
 */
function titleOpening(masked: string, from: number, close: number): number {
  let open = close - 1;
  while (open >= from && masked[open] === '░') open--;
  if (open < from || open === close - 1 || !/[“"]/.test(masked[open]!)) return -1;
  return titleInAppositive(masked, from, open) ? open : -1;
}

/** True if a quote opening at `open` is a title inside an appositive of a clause starting at `from`. */
export function titleInAppositive(masked: string, from: number, open: number): boolean {
  return TITLE_LEAD.test(masked.slice(from, open));
}

/** Where the clause before a cue at `to` may start: after the last quote mark, colon, dash or semicolon. */
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
    // "Sam Roe, a contestant on “The Show,” who …, said": a title inside an appositive is skipped whole
    if (/[”"]/.test(masked[i]!)) {
      const open = titleOpening(masked, from, i);
      if (open >= 0) {
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

/** Where a clause before a cue at `to` starts: after the sentence's cue before it, or its last semicolon. */
export function lastClauseStart(masked: string, from: number, to: number, cues: Cue[]): number {
  let b = from;
  for (const c of cues)
    if (c.sentence[0] === from && c.end <= to && c.end > b) b = c.clause ? Math.max(b, c.clause[1]) : c.end;
  const semi = masked.slice(from, to).lastIndexOf(';');
  if (semi >= 0) b = Math.max(b, from + semi + 1);
  return b;
}

/** ", but Tom Kell warned", "; she added": a coordinated clause with a speaker of its own. */
const COORDINATE_CUE_LEAD = /(?:[,;]\s*(?:but|and|while|whereas)|;)\s*$/;

/**
 * "Ann Roe said the plan was “a start”, but Tom Kell warned that …": a reported clause ends where a
 * coordinated clause with its own speech cue begins (not at a cue it reports: "Roe said Kell warned …").
 */
export function endClausesAtCoordinateCues(masked: string, cues: Cue[]): void {
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
