/** A colon cue whose source is a bare label before the colon ("Ann Roe: “…”"): the colon is its verb. */
function labelCue(
  para: number,
  start: number,
  colon: number,
  subject: Subject,
  sentence: Cue['sentence'],
): Cue {
  const verb = { verbStart: colon, verbEnd: colon + 1, verb: ':' };
  return { para, kind: 'colon', start, end: colon, ...verb, subject, sentence, clause: null };
}

/**
 * Cues for a quote introduced by a colon after a non-speech predicate ("X disagreed: “…”") and transcript
 * labels ("Onyango: “…”").
 */
import type { Subject } from './cue-subjects.ts';
import {
  chunksOf,
  FINITE,
  INTERJECTION,
  isShortCap,
  orgChunk,
  PARTICIPLE,
  PREP_CHUNK,
  roleFrom,
} from './cue-subjects.ts';
import { describedNameAfter, nameAfterDescription } from './subject-after.ts';
import { alternation, FRONTED_CIRCUMSTANCES, NAME_INNER_WORDS } from './lexicon.ts';
import { NON_NAME, trailingName } from './names.ts';
import { isOrgName } from './orgs.ts';
import { canSpeak, isAppositive, isCommonPersonWord } from './person-phrases.ts';
import type { Cue } from './cue.ts';
import { lastBoundary } from './clause-bounds.ts';
import { sentenceOf } from './cue.ts';
import { labelName } from './transcript-labels.ts';
import { wordCount } from './text.ts';

/** True if the full stop at `dot` ends an abbreviation ("Mr.", "U.S."), not a sentence. */
function isAbbrevDot(masked: string, dot: number): boolean {
  return /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|[A-Z])$/u.test(masked.slice(Math.max(0, dot - 5), dot));
}

/** A speaker label: one to three capitalised name words and nothing else before a colon. */
const LABEL = /^\s*([A-Z][\p{L}\p{M}'’-]+(?:\s+[A-Z][\p{L}\p{M}'’-]+){0,2})\s*$/u;

/**
 * A round-up's source: a name (a middle initial allowed), or two joined by "and", after a spaced dash or
 * "More from", ending the text before the colon ("TURNOUT WAS HIGH - Ann M. Roe: “…”", "What it means -
 * More from Roe and Kell: “…”"); of two names the last is the subject, as with "Roe and Kell said".
 */
const LABEL_WORD = "[A-Z][\\p{L}\\p{M}'’-]+";
const LABEL_NAME = `${LABEL_WORD}(?:\\s+(?:[A-Z]\\.|${LABEL_WORD})){0,2}`;
const DASH_LABEL = new RegExp(
  `(?:\\s[-–—]\\s*(?:More\\s+from\\s+)?|^\\s*More\\s+from\\s+)` +
    `(?:${LABEL_NAME}\\s+and\\s+)?(${LABEL_NAME})\\s*$`,
  'u',
);

/**
 * A label of a few words that describe a person and then name them in full ("Rep. Dana Holt", "Former
 * state treasurer Ann Roe"), with no verb: the name as the subject, the description as its role; or null.
 */
function describedLabel(body: string, off: number): Subject | null {
  const text = body.trimEnd();
  if (wordCount(text) > 8 || FINITE.test(text) || /[,;’']|^(?:the|an?)\s/i.test(text)) return null;
  const nm = describedNameAfter(text, off);
  return nm && !isOrgName(nm.text) ? nm : null;
}

/** A fronted participle phrase or circumstance before the subject, up to its comma. */
const CAPITALISED_CIRCUMSTANCES = FRONTED_CIRCUMSTANCES.map((w) => w[0]!.toUpperCase() + w.slice(1));
const FRONTED = new RegExp(`^\\s*(?:[A-Z][a-z]+ing|${alternation(CAPITALISED_CIRCUMSTANCES)})\\b[^,]*,\\s*`);

const COLON_LEAD = /^\s*(?:(?:But|And|Yet|So|Still|Now|Then|Later|Instead),?\s+)?/;

const NAME_PART = "[A-Z][\\p{L}\\p{M}'’.&-]*";
const CAP_SUBJECT = new RegExp(
  `^(?:(?:the|The)\\s+)?${NAME_PART}(?:\\s+(?:(?:${alternation(NAME_INNER_WORDS)})\\s+)*` +
    `(?:${NAME_PART}|[a-z]+-[A-Z][\\p{L}\\p{M}'’-]*))*`,
  'u',
);

/**
 * Cues for a quote introduced by a colon after a non-speech predicate: "Pierre O'Brien disagreed: “…”", "She
 * put it bluntly: “…”", "Macron, the French president, was blunt: “…”" (subject + at most six words); and
 * a transcript turn's `label` (its offsets), which the quote stage found.
 */
export function colonCues(
  masked: string,
  para: number,
  sents: [number, number][],
  verbCues: Cue[],
  isEntity: (s: number, e: number) => boolean,
  label: [number, number] | null = null,
): Cue[] {
  const out: Cue[] = [];
  // a transcript's turn printed as a quote (“ROE: …”): the label the quote stage found speaks it
  if (label) {
    const [s0, colon] = label;
    const subject = labelName(masked.slice(s0, colon), s0);
    out.push(labelCue(para, s0, colon, subject, sentenceOf(sents, colon)));
  }
  for (const m of masked.matchAll(/[:.]\s*(?=[“"„«]|$)/g)) {
    const cpos = m.index!;
    // "he paused. “…”": a full stop ends a short sentence about a person, and the quote that opens the next
    // one is theirs
    const stop = m[0][0] === '.';
    if (stop && (cpos + m[0].length >= masked.length || isAbbrevDot(masked, cpos))) continue;
    const sent = sentenceOf(sents, cpos);
    const clauseStart = Math.max(sent[0], lastBoundary(masked, sent[0], cpos));
    if (stop && clauseStart !== sent[0]) continue;
    if (verbCues.some((c) => c.verbStart >= clauseStart && c.verbEnd <= cpos)) continue;
    const clause0 = masked.slice(clauseStart, cpos);
    // "Asked whether Iran was responsible, he paused", "When the mayor died, Ann Roe released this
    // statement": a leading participle phrase or circumstance is not the subject
    const intro = FRONTED.exec(clause0);
    const clause = intro ? ' '.repeat(intro[0].length) + clause0.slice(intro[0].length) : clause0;
    const lead = (intro ? /^\s*/ : COLON_LEAD).exec(clause)![0];
    const off = clauseStart + lead.length;
    const body = clause.slice(lead.length);
    // a transcript's speaker label ("Onyango: “…”", "… ” Costa: “…”"): a name alone before the colon, opening
    // the sentence
    const label = !stop && !intro ? LABEL.exec(body) : null;
    if (
      label &&
      (clauseStart === sent[0] || /[”"»]\s*$/.test(masked.slice(sent[0], clauseStart))) &&
      masked.slice(cpos + 1).trimStart()[0] !== undefined
    ) {
      const nm = trailingName(label[1]!);
      if (nm && nm.start === 0 && nm.name === label[1] && !isOrgName(label[1]!)) {
        const s0 = off + label.index;
        out.push(labelCue(para, s0, cpos, { start: s0, end: s0 + label[1]!.length, text: label[1]! }, sent));
        continue;
      }
    }
    // a transcript label with a title or a description ("Rep. Dana Holt (R-Ore.): “…”", "Former state
    // treasurer Ann Roe: “…”"): the paragraph opens with it
    const titled = !stop && !intro && sent[0] === 0 && clauseStart === 0 ? describedLabel(body, off) : null;
    if (titled && masked.slice(cpos + 1).trim()) {
      out.push(labelCue(para, off, cpos, titled, sent));
      continue;
    }
    // a round-up's "HEADLINE - Ann Roe: “…”": the name after the dash is the source
    const dashed = !stop && cpos < masked.length - 1 ? DASH_LABEL.exec(masked.slice(sent[0], cpos)) : null;
    const dashName = dashed ? trailingName(dashed[1]!) : null;
    if (dashed && dashName && dashName.start === 0 && dashName.name === dashed[1] && !isOrgName(dashed[1]!)) {
      const s0 = sent[0] + dashed.index + dashed[0].length - dashed[0].trimStart().length;
      const n0 = sent[0] + dashed.index + dashed[0].lastIndexOf(dashed[1]!);
      out.push(labelCue(para, s0, cpos, { start: n0, end: n0 + dashed[1]!.length, text: dashed[1]! }, sent));
      continue;
    }
    let subj: Subject | null = null;
    let predStart = -1;
    const pr = /^(He|She|he|she)\s+/.exec(body);
    const chunks = chunksOf(body, off);
    if (pr) {
      subj = { start: off, end: off + pr[1]!.length, text: pr[1]!.replace(/^h/, 'H').replace(/^s/, 'S') };
      predStart = off + pr[0].length;
    } else if (
      chunks.length >= 3 &&
      chunks.slice(1, -1).every(
        (c) =>
          isAppositive(c.text) ||
          isShortCap(c.text) ||
          INTERJECTION.test(c.text) ||
          PARTICIPLE.test(c.text) ||
          // "The Roe campaign, in a memo to staff, put it carefully"
          PREP_CHUNK.test(c.text),
      )
    ) {
      // "Pierre O'Brien, a retired French general, disagreed"
      const nc = chunks[0]!;
      const nm = trailingName(nc.text, nc.start);
      const org = orgChunk(nc);
      // "Our correspondent in Kagoshima, Emi Tanaka, sends this:": the name after the description speaks
      const named = nameAfterDescription(nc.text, `, ${chunks[1]!.text},`);
      if (org) subj = org;
      else if (named)
        subj = {
          start: chunks[1]!.start,
          end: chunks[1]!.start + named.name.length,
          text: named.name,
          role: nc.text,
        };
      else if (nm && nm.end >= nc.end - 2) subj = { start: nc.start, end: nc.end, text: nc.text };
      else if (isEntity(nc.start, nc.end)) subj = { start: nc.start, end: nc.end, text: nc.text };
      // "The Roe campaign, in a memo to staff, put it carefully": a short description that can speak
      else if (/^(?:The|the)\s/.test(nc.text) && wordCount(nc.text) <= 4 && canSpeak(nc.text))
        subj = { start: nc.start, end: nc.end, text: nc.text };
      const role = subj && !subj.role ? roleFrom(chunks, 1, chunks.length - 2) : undefined;
      if (subj && role) subj.role = role;
      predStart = chunks[chunks.length - 1]!.start;
    } else if (chunks.length === 1) {
      const cm = CAP_SUBJECT.exec(body);
      // "Landlord groups blamed tax changes.": a capitalised common noun at the start is no name
      if (
        cm &&
        !(NON_NAME.has(cm[0]) || /^(the|The)$/.test(cm[0])) &&
        !(!cm[0].includes(' ') && isCommonPersonWord(cm[0]))
      ) {
        subj = { start: off, end: off + cm[0].length, text: cm[0] };
        predStart = off + cm[0].length;
      }
    }
    if (!subj) continue;
    // after a full stop only a person can own the quote: a pronoun or a name, never a body or a description
    if (
      stop &&
      !/^(He|She)$/.test(subj.text) &&
      !(trailingName(subj.text)?.start === 0 && !isOrgName(subj.text))
    )
      continue;
    const pred = masked.slice(predStart, cpos).trim();
    // a colon ending the paragraph introduces the quote paragraph after it: a longer predicate is allowed
    const maxWords = !stop && masked.slice(cpos + 1).trim() === '' ? 14 : 6;
    if (
      !/^[a-z]/.test(pred) ||
      wordCount(pred) > maxWords ||
      /\b(that|who|which|and|but|when|if)\b/.test(pred)
    )
      continue;
    const ps = masked.indexOf(pred, predStart);
    out.push({
      para,
      kind: 'colon',
      start: subj.start,
      end: stop ? cpos + 1 : cpos,
      verbStart: ps,
      verbEnd: ps + pred.length,
      verb: pred,
      subject: subj,
      sentence: sent,
      clause: null,
    });
  }
  return out;
}
