/**
 * Which cue a quote belongs to: one in a split gap, right after or before it, in the same sentence, or the
 * cue of the quote just before it.
 */
import { opensSentence, type Resolution } from './discourse.ts';
import { describesUnnamedSource, isPluralPronoun, isWriter } from './person-phrases.ts';
import { outsideQuotes, type QuoteGroup, type Segment } from './quote-marks.ts';
import type { Cue } from './cue.ts';
import type { EvidenceLink } from './types.ts';
import { alternation, SENTENCE_LINKS } from './lexicon.ts';
import { FINITE } from './cue-subjects.ts';
import { mainVerb } from './verb-use.ts';
import { wordCount } from './text.ts';
import { titleInAppositive } from './clause-bounds.ts';

export interface QuoteCue {
  cue: Cue | null;
  res: Resolution;
  method: string | null;
  /** How the quote reaches its cue. */
  link: EvidenceLink | null;
}

/**
 * True for a quoted full sentence ("It always does.", "Never."): capitalised and ending in . ! ? (speech, not
 * a scare quote).
 */
export function isFullSentence(s: string): boolean {
  const t = s.trim();
  return /^[\p{Lu}]/u.test(t) && /[.!?…]['’"”]?$/.test(t);
}

export function methodName(c: Cue, res: Resolution): string {
  if (res.method === 'pronoun' || res.method === 'description') return res.method;
  if (c.subject?.relative) return 'relative';
  if (c.subject?.role) return 'appositive';
  return c.kind === 'verb-after-subject'
    ? 'verb-after'
    : c.kind === 'verb-before-subject'
      ? 'verb-before'
      : c.kind;
}

/** "said in a statement: “", "wrote on Twitter on Monday: “": a short circumstance, then a colon. */
const CIRCUMSTANCE_THEN_COLON = /^\s+(?:in|on|at|during|to|from|after|before)\s[^.;:!?“”"«»░,]{1,50}:\s*$/;

/**
 * Picks the cue that attributes a quote group: split gap, right after, right before, then the same sentence.
 */
export function attribute(
  g: QuoteGroup,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
  ptexts: string[],
): QuoteCue {
  const first = g.segments[0]!;
  const last = g.segments[g.segments.length - 1]!;
  // a colon cue ("X disagreed: “…”") only introduces the quote right after it an "adding"/"saying" cue counts
  // only with a subject of its own ("The ministry thanked X, saying …")
  const okBefore = (c: Cue) => c.subject !== null && !(c.scopeEnd !== undefined && first.open > c.scopeEnd);
  const ok = (c: Cue) => okBefore(c) && c.kind !== 'colon';
  const good = (c: Cue) => !!resolved.get(c)?.key;
  const make = (c: Cue, how: string, link: EvidenceLink = 'adjacent'): QuoteCue => {
    const res = resolved.get(c) ?? { key: null, method: 'unresolved' as const, coreference: false };
    let method = how;
    if (c.kind === 'described-as') method = 'described-as';
    else if (c.kind === 'colon' && res.method !== 'pronoun') method = 'colon';
    else if (res.method === 'pronoun' || res.method === 'description') method = res.method;
    else if (c.subject?.role) method = 'appositive';
    else if (c.subject?.relative) method = 'relative';
    return { cue: c, res, method, link: c.kind === 'sentence-subject' ? 'sentence-subject' : link };
  };
  // split: a cue in the gap between parts
  for (let k = 0; k + 1 < g.segments.length; k++) {
    const a = g.segments[k]!;
    const b = g.segments[k + 1]!;
    if (a.para !== b.para) continue;
    const c = cuesByPara[a.para]!.find((x) => ok(x) && x.verbStart > a.close && x.verbStart < b.open);
    if (c) return make(c, c.kind === 'verb-before-subject' ? 'verb-before' : 'verb-after');
  }
  // right before the opening mark ("X said: “...", "X described as “...")
  const before = (): QuoteCue | null => {
    if (first.open < 0) return null;
    const m = masked[first.para]!;
    // a transcript's turn (“ROE: …”) opens at its words, its label inside the mark
    const at = first.label ? first.start : first.open;
    const c = cuesByPara[first.para]!.filter(
      (x) =>
        okBefore(x) &&
        Math.max(x.end, x.verbEnd) <= at &&
        (/^[\s,:]*(that\s+)?(it\s+)?$/i.test(m.slice(Math.max(x.end, x.verbEnd), at)) ||
          CIRCUMSTANCE_THEN_COLON.test(m.slice(Math.max(x.end, x.verbEnd), at))),
    ).pop();
    return c ? make(c, 'verb-before') : null;
  };
  // the nearest cue earlier in the quote's sentence ("Ames says the port “…”")
  const earlier = (): QuoteCue | null => {
    if (first.open < 0) return null;
    const c = cuesByPara[first.para]!.filter(
      (x) =>
        ok(x) &&
        good(x) &&
        x.sentence[0] <= first.open &&
        first.open < x.sentence[1] &&
        Math.max(x.end, x.verbEnd) <= first.open &&
        !attachedElsewhere(x, g, masked, ptexts),
    ).pop();
    return c ? make(c, 'sentence', 'sentence') : null;
  };
  // "When a fan shouted, “Hale,” Beck joked …": a quote inside the subordinate clause whose verb introduces
  // it is that clause's, not the main clause's after it
  const inner = before();
  if (
    inner &&
    inner.cue?.scopeEnd !== undefined &&
    last.para === first.para &&
    last.close <= inner.cue.scopeEnd
  )
    return inner;
  // "After Roe said the port would do better with “less cargo,” Kell said …": a quote that closes the
  // subordinate clause whose verb reports it is that clause's too
  const closes = cuesByPara[first.para]!.find(
    (x) =>
      ok(x) &&
      good(x) &&
      last.para === first.para &&
      x.scopeEnd === last.close &&
      !!x.clause &&
      x.clause[0] <= first.open,
  );
  if (closes) return make(closes, 'sentence', 'sentence');
  // right after a closing mark
  let afterwards: Cue | null = null;
  for (const s of [...g.segments].reverse()) {
    if (s.close < 0) continue;
    const m = masked[s.para]!;
    // a quote that ends its sentence (“… harbour.” Ames says, “…”) does not take a cue that opens its own
    // quote or characterises ("Vale called the statement “…”")
    const ended = /[.!?]$/.test(ptexts[s.para]!.slice(s.start, s.end).trim());
    // the subject of a sentence that characterises ("Roe called it “…”") speaks that sentence's quotes only
    const characterises = (x: Cue) =>
      x.kind === 'described-as' ||
      (x.kind === 'sentence-subject' &&
        cuesByPara[s.para]!.some((y) => y.kind === 'described-as' && y.sentence[0] === x.sentence[0]));
    const c = cuesByPara[s.para]!.find(
      (x) =>
        ok(x) &&
        Math.min(x.start, x.verbStart) > s.close &&
        /^[\s,]*$/.test(m.slice(s.close + 1, Math.min(x.start, x.verbStart))) &&
        !(ended && (characterises(x) || /^[\s,:]*[“"„«]/.test(m.slice(Math.max(x.end, x.verbEnd))))),
    );
    if (c) {
      // “… too.” She said …: a cue opening the next sentence loses to one that introduces the quote
      const nextSentence =
        ended && /^\s+[A-Z]/.test(m.slice(s.close + 1, Math.min(c.start, c.verbStart) + 1));
      const intro = nextSentence && s === last && first.para === s.para ? (before() ?? earlier()) : null;
      if (intro) return intro;
      // “… claiming he was “anti-Israel.” Roe said the vote would wait: a next sentence that reports a clause
      // of its own comes after a cue in the quote's own sentence, if there is one
      const fullStop = /\.$/.test(ptexts[s.para]!.slice(s.start, s.end).trim());
      if (nextSentence && fullStop && s === last && ownClause(c, m) && !quoteOpensSentence(first, ptexts)) {
        afterwards = c;
        break;
      }
      return make(c, c.kind === 'verb-before-subject' ? 'verb-before' : 'verb-after');
    }
  }
  const intro = before();
  if (intro) return intro;
  if (first.open >= 0) {
    const m = masked[first.para]!;
    // "…, the JMA said, urging residents to “…”": the urged words are the speaker's
    const u = cuesByPara[first.para]!.filter(
      (x) =>
        x.verb === 'urging' &&
        good(x) &&
        x.verbEnd <= first.open &&
        /^\s+(?:[\p{L}’'-]+\s+){1,4}to\s*$/u.test(m.slice(x.verbEnd, first.open)),
    ).pop();
    if (u) return make(u, 'continuation', 'sentence');
  }
  // same sentence: nearest resolved cue not attached to another quote
  const cands: { c: Cue; dist: number }[] = [];
  const sentOf = (s: Segment, pos: number) =>
    cuesByPara[s.para]!.filter((x) => ok(x) && x.sentence[0] <= pos && pos < x.sentence[1]);
  for (const c of sentOf(first, first.start))
    cands.push({ c, dist: c.verbStart < first.start ? first.start - c.verbEnd : c.verbStart - first.end });
  if (last !== first)
    for (const c of sentOf(last, last.end - 1))
      cands.push({ c, dist: c.verbStart > last.end ? c.verbStart - last.end : Infinity });
  // "Ann Roe, the author of “Fast Boats,” said …": a title inside a cue's own subject is not its speech
  const inSubject = (c: Cue) =>
    c.para === first.para &&
    c.start < first.open &&
    last.close < c.verbStart &&
    titleInAppositive(masked[c.para]!, c.start, first.open);
  const free = cands.filter(({ c }) => !attachedElsewhere(c, g, masked, ptexts) && !inSubject(c));
  // "Ann Roe said the plan remained “…”, but she also warned …": the cue whose reported clause holds the
  // quote wins over a nearer one
  const holds = (c: Cue) =>
    !!c.clause && c.para === first.para && c.clause[0] <= first.start && first.end <= c.clause[1];
  free.sort(
    (a, b) =>
      Number(good(b.c)) - Number(good(a.c)) ||
      Number(holds(b.c)) - Number(holds(a.c)) ||
      Math.abs(a.dist) - Math.abs(b.dist),
  );
  const best = free[0];
  if (best) return make(best.c, 'sentence', 'sentence');
  if (afterwards)
    return make(afterwards, afterwards.kind === 'verb-before-subject' ? 'verb-before' : 'verb-after');
  return {
    cue: null,
    res: { key: null, method: 'unresolved', coreference: false },
    method: null,
    link: null,
  };
}

/**
 * True if the cue reports a clause of its own after its verb ("Roe said the vote would wait", "warned that
 * …"), not only a circumstance ("said it twice on Monday").
 */
export function ownClause(c: Cue, m: string): boolean {
  if (!c.clause || c.clause[0] < c.verbEnd) return false;
  const [s, e] = c.clause;
  return /^that\s/.test(m.slice(s, e)) || FINITE.test(m.slice(s, e)) || mainVerb(m, s, e) !== null;
}

/** True if the quote's first part opens its sentence (at a paragraph's start or after a full stop). */
function quoteOpensSentence(first: Segment, ptexts: string[]): boolean {
  return first.open < 0 || opensSentence(ptexts[first.para]!, first.open);
}

/**
 * True if a cue sits right next to a quote mark that does not belong to the group (it attributes another
 * quote).
 */
function attachedElsewhere(c: Cue, g: QuoteGroup, masked: string[], raw?: string[]): boolean {
  const m = masked[c.para]!;
  const s = Math.min(c.start, c.verbStart);
  const e = Math.max(c.end, c.verbEnd);
  const before = m.slice(0, s).replace(/[\s,]+$/, '');
  const after = m.slice(e).replace(/^[\s,:]+/, '');
  const own = (pos: number) =>
    g.segments.some((x) => x.para === c.para && (x.close === pos || x.open === pos));
  // “… cliff.” He warns that …: a cue opening a new sentence after a quote that ended its own is free
  const newSentence =
    !!raw && /[.!?]$/.test(raw[c.para]!.slice(0, before.length - 1)) && /^[A-Z]/.test(m[s]!);
  if (/[”"»]$/.test(before) && !own(before.length - 1) && !newSentence) return true;
  if (/^[“"„«]/.test(after)) {
    const pos = m.length - after.length;
    if (!own(pos)) return true;
  }
  return false;
}

/**
 * An unnamed source ("one campaign aide", "officials", "the statement", an unresolved "they") or the writer
 * ("I"), not a fragment ("The so-" of "so-called").
 */
function unnamedPersonSource(text: string): boolean {
  if (isWriter(text) || isPluralPronoun(text)) return true;
  const head = text.trim().split(/\s+/).pop()!;
  return describesUnnamedSource(text) && /^\p{L}[\p{L}’'-]*\p{L}$/u.test(head) && head.length > 2;
}

/** A sentence opened only by a link word, up to a quote ("… said. Instead, “", "…. But “"). */
const LINK_OPENING = new RegExp(`[.!?]["”’]?\\s+(?:${alternation(SENTENCE_LINKS)}),?$`);

/** A quote with no cue inherits the speaker of the quote just before it, conservatively. */
export function inherit(
  g: QuoteGroup,
  prev: QuoteGroup | null,
  attrib: Map<QuoteGroup, QuoteCue>,
  masked: string[],
  ptexts: string[],
): QuoteCue | null {
  if (!prev) return null;
  const pa = attrib.get(prev);
  // an unnamed source ("one campaign aide said") continues as well as a named one
  if (!pa?.cue || !(pa.res.key || (pa.cue.subject && unnamedPersonSource(pa.cue.subject.text)))) return null;
  const first = g.segments[0]!;
  const plast = prev.segments[prev.segments.length - 1]!;
  const m = masked[first.para]!;
  if (first.para === plast.para + 1) {
    // a bare quote paragraph right after the speaker's paragraph
    if (outsideQuotes(m) === '')
      return { cue: pa.cue, res: pa.res, method: 'continuation', link: 'continuation' };
    return null;
  }
  if (first.para === plast.para && first.open >= 0) {
    // a new sentence of the same paragraph that starts with the quote
    const between = m.slice(plast.close + 1, first.open);
    // a quoted title may end the sentence before it (“… on “Meet the Press.” “…”), so the raw text tells
    const before = ptexts[first.para]!.slice(0, first.open).trimEnd();
    // … or only a sentence link before it ("…,” Roe said. Instead, “…”; "But “…”")
    const startsSentence =
      /[.!?]["”’]?$/.test(before) || /^[\s.]*$/.test(between) || LINK_OPENING.test(before);
    const words = ptexts[first.para]!.slice(first.start, first.end);
    if (startsSentence && (wordCount(words) >= 4 || isFullSentence(words)))
      return { cue: pa.cue, res: pa.res, method: 'continuation', link: 'continuation' };
  }
  return null;
}

/**
 * A quote joined to the quote before it by "and", "or" or a comma (as “criminals” and “rapists”) shares its
 * cue.
 */
export function coordinated(
  g: QuoteGroup,
  prev: QuoteGroup | null,
  attrib: Map<QuoteGroup, QuoteCue>,
  masked: string[],
): QuoteCue | null {
  const pa = prev ? attrib.get(prev) : undefined;
  if (!prev || !pa?.cue) return null;
  const first = g.segments[0]!;
  const plast = prev.segments[prev.segments.length - 1]!;
  if (first.para !== plast.para || first.open < 0 || plast.close < 0) return null;
  if (!/^\s*,?\s*(?:and|or)?\s*$/.test(masked[first.para]!.slice(plast.close + 1, first.open))) return null;
  return { ...pa };
}

/** A bare quote paragraph after a paragraph ending "X said:" takes X as speaker. */
export function introducedBefore(
  g: QuoteGroup,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
): QuoteCue | null {
  const first = g.segments[0]!;
  if (first.para === 0) return null;
  const m = masked[first.para]!;
  if (m.slice(0, Math.max(first.open, 0)).trim() !== '') return null;
  const prevText = masked[first.para - 1]!.trimEnd();
  if (!prevText.endsWith(':')) return null;
  const c = cuesByPara[first.para - 1]!.filter(
    (x) =>
      x.subject && resolved.get(x)?.key && /^[\s\w,]*:$/.test(prevText.slice(Math.max(x.end, x.verbEnd))),
  ).pop();
  const res = c ? resolved.get(c) : undefined;
  return c && res ? { cue: c, res, method: 'continuation', link: 'continuation' } : null;
}

/**
 * A quote opening the sentence right after one where a speaker is reported ("She says she loves the job.
 * “Some nights …”", "Roe answered by pointing, saying the count was wrong. “…”") takes that speaker, when
 * that sentence quotes nothing itself; so does a paragraph that is only a quote, after a paragraph
 * ending with such a sentence.
 */
export function afterReportedSentence(
  g: QuoteGroup,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
): QuoteCue | null {
  const first = g.segments[0]!;
  if (first.open < 0) return null;
  const m = masked[first.para]!;
  // a paragraph that is nothing but the quote ("Daily Show" host … opens a sentence of its own)
  const opensParagraph = first.para > 0 && outsideQuotes(m) === '';
  const p = opensParagraph ? first.para - 1 : first.para;
  const text = masked[p]!;
  const end = opensParagraph ? text.length : first.open;
  const c = cuesByPara[p]!.filter(
    (x) =>
      (((x.kind === 'verb-after-subject' || x.kind === 'verb-before-subject') && x.clause) ||
        (x.kind === 'adding' && x.subject) ||
        (opensParagraph && x.kind === 'sentence-subject')) &&
      resolved.get(x)?.key &&
      x.sentence[1] <= end &&
      text.slice(x.sentence[1], end).trim() === '',
  ).pop();
  if (!c || /[░“”"]/.test(text.slice(c.sentence[0], c.sentence[1]))) return null;
  return { cue: c, res: resolved.get(c)!, method: 'continuation', link: 'continuation' };
}
