/**
 * Stage 7, attribution: which cue each quote belongs to (a split gap, right after or before it, the same
 * sentence, or the quote before it), whether it is speech or a scare quote, and its record with speaker,
 * evidence and confidence.
 */
import { uniqueSlug } from '../anchors.ts';
import type { AfterResolution, AttributionLayer } from '../context.ts';
import { evidenceFor } from '../evidence.ts';
import {
  afterReportedSentence,
  attribute,
  coordinated,
  inherit,
  introducedBefore,
  ownClause,
  type QuoteCue,
} from '../quote-cues.ts';
import { quoteKind } from '../quote-kind.ts';
import type { QuoteGroup, Segment } from '../quote-marks.ts';
import type { Cue } from '../cue.ts';
import type { Features } from '../confidence-features.ts';
import {
  candidateCues,
  candidateFeatures,
  rankedPick,
  type Candidate,
  type RankingModel,
} from '../speaker-ranking.ts';
import { NOBODY, noteUnregistered, speakerOf } from '../speakers.ts';
import { unnamedAntecedent } from '../unnamed-antecedent.ts';
import { signedOffBelow } from '../sign-off.ts';
import { fallbackFor, type FallbackOptions } from './fallback.ts';
import { isSubjectPronoun } from '../person-phrases.ts';
import { normQuotes } from '../text.ts';
import { GOING_ON_VERBS, wordSet } from '../lexicon.ts';
import type { Quote, UnregisteredSpeaker } from '../types.ts';

/** A quoted stretch's offsets without surrounding white space. */
export function trimPart(text: string, s: Segment): { paragraph: number; start: number; end: number } {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { paragraph: s.para + 1, start: a, end: b };
}

/**
 * The attributed group before `g` when every group between them is an unattributed quote inside the sentence
 * of its cue (a programme's or an article's title), else the group right before `g`.
 */
function titlesSince(
  groups: QuoteGroup[],
  attributed: QuoteGroup,
  g: QuoteGroup,
  attributions: Map<QuoteGroup, QuoteCue>,
): QuoteGroup | null {
  const cue = attributions.get(attributed)!.cue!;
  const between = groups.slice(groups.indexOf(attributed) + 1, groups.indexOf(g));
  const inCueSentence = between.every((x) =>
    x.segments.every((s) => s.para === cue.para && s.open >= cue.sentence[0] && s.close < cue.sentence[1]),
  );
  return inCueSentence ? attributed : (between[between.length - 1] ?? null);
}

/** One candidate cue of a quote as the ranking's training script sees it: its features and subject span. */
export interface RankedCandidate {
  features: Features;
  mention: { paragraph: number; start: number; end: number };
}

/** Sees the candidate cues of each quote the rules attributed through a cue (for training the ranking). */
export type CandidateObserver = (quote: Quote, candidates: RankedCandidate[]) => void;

/** Options of the ranking: a model other than the committed one, an observer; the same for the fallback. */
export interface RankingOptions {
  model?: RankingModel;
  observe?: CandidateObserver;
  fallback?: FallbackOptions;
}

/** A quote's attribution through a candidate the ranking chose over the rules' pick. */
function rankedCue(c: Candidate): QuoteCue {
  const { cue, res, relation } = c;
  let method: string =
    relation === 'before'
      ? 'verb-before'
      : relation === 'after' || relation === 'gap'
        ? 'verb-after'
        : 'sentence';
  if (cue.kind === 'described-as') method = 'described-as';
  else if (cue.kind === 'colon' && res.method !== 'pronoun') method = 'colon';
  else if (res.method === 'pronoun' || res.method === 'description') method = res.method;
  else if (cue.subject?.role) method = 'appositive';
  else if (cue.subject?.relative) method = 'relative';
  const link =
    cue.kind === 'sentence-subject'
      ? 'sentence-subject'
      : relation === 'earlier' || relation === 'later'
        ? 'sentence'
        : 'adjacent';
  return { cue, res, method, link };
}

/** True if the quote's cue has a pronoun for subject ("she said"). */
function pronounCue(a: QuoteCue): boolean {
  return !!a.cue?.subject && isSubjectPronoun(a.cue.subject.text);
}

/**
 * True when `cue` opens the sentence after the quote's and reports words of its own (“… soft.” He says
 * referees …; “… everywhere.” Roe added that …): it names the speaker again, but the quote was spoken
 * before it.
 */
function reportsAfter(g: QuoteGroup, cue: Cue, raw: string[]): boolean {
  const last = g.segments[g.segments.length - 1]!;
  if (!cue.clause || cue.para !== last.para || last.close < 0) return false;
  const at = Math.min(cue.start, cue.verbStart);
  const text = raw[last.para]!;
  return (
    at > last.close &&
    /^\s+$/.test(text.slice(last.close + 1, at)) &&
    /[.!?]$/.test(text.slice(last.start, last.end).trim()) &&
    /^\p{Lu}/u.test(text.slice(at))
  );
}

/**
 * The attribution of the quote before `g` in the same paragraph, when it names the same speaker as `a`
 * (“…,” said Roe. “…” Roe added that …): the mention that introduced the speaker, not the one after.
 */
function sameSpeakerBefore(
  g: QuoteGroup,
  prev: QuoteGroup | null,
  a: QuoteCue,
  attributions: Map<QuoteGroup, QuoteCue>,
): QuoteCue | null {
  if (!prev || !a.res.key) return null;
  const pa = attributions.get(prev);
  const first = g.segments[0]!;
  const plast = prev.segments[prev.segments.length - 1]!;
  if (!pa?.cue || pa.res.key !== a.res.key || plast.para !== first.para || first.open < 0) return null;
  return { cue: pa.cue, res: pa.res, method: 'continuation', link: 'continuation' };
}

const GOING_ON = wordSet(GOING_ON_VERBS);

/**
 * The attribution of the quote before `g` when `g` runs on from it and the next sentence's cue reports a
 * clause of its own (“…,” Kell told the board. “…” Roe said the vote would wait.): Kell's, not Roe's. Only
 * when no other cue comes between the two quotes.
 */
function runsOn(
  g: QuoteGroup,
  prev: QuoteGroup | null,
  cue: Cue,
  paraCues: Cue[],
  attributions: Map<QuoteGroup, QuoteCue>,
  masked: string[],
): QuoteCue | null {
  const pa = prev ? attributions.get(prev) : undefined;
  if (!prev || !pa?.cue || !pa.res.key || GOING_ON.has(cue.verb.toLowerCase())) return null;
  if (!ownClause(cue, masked[cue.para]!)) return null;
  const first = g.segments[0]!;
  const plast = prev.segments[prev.segments.length - 1]!;
  if (plast.para !== first.para || first.open < 0 || plast.close < 0) return null;
  const between = (c: Cue) => Math.min(c.start, c.verbStart) > plast.close && c.verbEnd <= first.open;
  if (paraCues.some((c) => c !== pa.cue && between(c))) return null;
  return { cue: pa.cue, res: pa.res, method: 'continuation', link: 'continuation' };
}

/** Attributes every quote group to a cue and builds the direct and scare quote records, in reading order. */
export function attributeQuotes(ctx: AfterResolution, ranking: RankingOptions = {}): AttributionLayer {
  const { groups, cues, resolved, masked, texts, raw, usedIds, discourse: d } = ctx;
  const attributions = new Map<QuoteGroup, QuoteCue>();
  const observed = new Map<QuoteGroup, RankedCandidate[]>();
  let prevGroup: QuoteGroup | null = null;
  let lastAttributed: QuoteGroup | null = null;
  for (const g of groups) {
    let a = attribute(g, cues, resolved, masked, texts);
    if (a.cue) {
      const all = candidateCues(g, a.cue, cues, resolved, masked);
      const rctx = {
        masked,
        discourse: d,
        previousKey: lastAttributed ? (attributions.get(lastAttributed)?.res.key ?? null) : null,
      };
      if (ranking.observe && all.length > 1 && all.some((c) => c.cue === a.cue))
        observed.set(
          g,
          all.map((c) => ({
            features: candidateFeatures(g, c, all, c.cue === a.cue, rctx),
            mention: { paragraph: c.cue.para + 1, start: c.cue.subject!.start, end: c.cue.subject!.end },
          })),
        );
      const pick = rankedPick(g, all, a.cue, rctx, ranking.model);
      if (pick) a = rankedCue(pick);
      const carried =
        a.cue && reportsAfter(g, a.cue, raw)
          ? (sameSpeakerBefore(g, prevGroup, a, attributions) ??
            runsOn(g, prevGroup, a.cue, cues[a.cue.para]!, attributions, masked))
          : null;
      if (carried) a = carried;
    }
    // a quote signed off in the paragraph below ("— Ann Roe.") is not the previous speaker's continuing
    if (!a.cue && !signedOffBelow(g, masked)) {
      // a title quoted in the attribution's own sentence ("X said on ABC’s “This Week”. “…”") does not break
      // the speaker's run of quotes
      const prev =
        prevGroup && lastAttributed && !attributions.get(prevGroup)?.cue
          ? titlesSince(groups, lastAttributed, g, attributions)
          : prevGroup;
      const coord = coordinated(g, prevGroup, attributions, masked);
      const inherited = coord ? null : inherit(g, prev, attributions, masked, texts);
      const reportedBefore = coord ? null : afterReportedSentence(g, cues, resolved, masked);
      // "“…,” says Roe. She says the plan works. “…”": the same speaker, named in the sentence right before
      const closer = inherited && reportedBefore?.res.key === inherited.res.key ? reportedBefore : null;
      const inh =
        coord ?? closer ?? inherited ?? introducedBefore(g, cues, resolved, masked) ?? reportedBefore;
      if (inh) Object.assign(a, inh);
    }
    attributions.set(g, a);
    if (a.cue && a.res.key) lastAttributed = g;
    prevGroup = g;
  }
  const quotes: Quote[] = [];
  const unregistered = new Map<string, UnregisteredSpeaker>();
  const fallback = fallbackFor(ctx, ranking.fallback);
  for (const g of groups) {
    let a = attributions.get(g)!;
    const first = g.segments[0]!;
    const text = g.segments.map((s) => raw[s.para]!.slice(s.start, s.end).trim()).join(' ');
    const kind = quoteKind(g, a, text, masked, raw);
    const id = uniqueSlug(normQuotes(text), usedIds, { prefix: 'q-', words: 4, fallback: 'quote' });
    let speaker =
      kind === 'scare' ? { ...NOBODY } : speakerOf(d, a.res, a.cue?.subject?.role, a.cue?.subject?.text);
    // not a quote whose cue's subject is a pronoun: one that names nobody ("One tenant, who asked not to be
    // named, … “…,” she said") is left unnamed on purpose
    if (kind === 'direct' && !pronounCue(a) && !speaker.id && !speaker.name && !speaker.description) {
      const guess = fallback.guess(g);
      if (guess) {
        a = guess;
        speaker = speakerOf(fallback.discourse, a.res, a.cue?.subject?.role, a.cue?.subject?.text);
      }
    } else if (kind === 'direct' && a.cue?.subject && a.res.key) fallback.attributed(g, a);
    // "“…,” said a port official. “…,” he said.": the unnamed person goes on speaking through the pronoun
    const ante =
      kind === 'direct' && a.cue && !a.res.key && !speaker.description
        ? unnamedAntecedent(a.cue, cues, resolved, d)
        : null;
    if (ante) {
      const res = resolved.get(ante) ?? { key: null, method: 'unresolved' as const, coreference: false };
      speaker = speakerOf(d, res, ante.subject?.role, ante.subject?.text);
    }
    if (kind !== 'scare') noteUnregistered(unregistered, speaker, first.para + 1);
    const attributed = kind === 'scare' ? null : a.cue;
    quotes.push({
      ...evidenceFor(attributed, kind === 'scare' ? null : a.method, a.link, speaker, raw),
      id,
      anchor: id,
      kind,
      text,
      paragraph: first.para + 1,
      parts: g.segments.map((s) => trimPart(raw[s.para]!, s)),
      speaker,
      method: kind === 'scare' ? null : a.method,
      cue:
        kind === 'scare' || !a.cue || a.cue.verbEnd <= a.cue.verbStart
          ? null
          : raw[a.cue.para]!.slice(
              Math.min(a.cue.start, a.cue.verbStart),
              Math.max(a.cue.end, a.cue.verbEnd),
            ),
    });
  }

  if (ranking.observe)
    groups.forEach((g, i) => {
      const seen = observed.get(g);
      if (seen && quotes[i]!.kind === 'direct') ranking.observe!(quotes[i]!, seen);
    });
  fallback.report(groups, quotes);
  return { attributions, quotes, unregistered };
}
