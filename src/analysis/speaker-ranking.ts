/**
 * Ranking the cues that could attribute one quote: every cue with a subject in the quote's sentences (or in
 * the gap of a split quote), described by its features (where it stands relative to the quote, how far,
 * its kind, how its subject was resolved, whether its reported clause holds the quote, whether it sits by
 * another quote, whether its speaker is the paragraph's topic or the previous quote's speaker), scored by a
 * logistic model that `bench/polnear-rank.ts` learns on PolNeAR train (`speaker-ranking-weights.ts`).
 */
import type { Features } from './confidence-features.ts';
import type { Discourse, Resolution } from './discourse.ts';
import type { QuoteGroup } from './quote-marks.ts';
import type { Cue } from './cue.ts';
import { SPEAKER_RANKING_MODEL } from './speaker-ranking-weights.ts';
import { logOdds } from './linear-model.ts';

/** Where a candidate cue stands relative to its quote. */
export type Relation = 'gap' | 'after' | 'before' | 'earlier' | 'later';

/** A cue that could attribute a quote, with its relation to the quote and its resolution. */
export interface Candidate {
  cue: Cue;
  relation: Relation;
  res: Resolution;
}

/** A ranking model: a bias, a weight per feature, and the margin by which it must beat the rules' pick. */
export interface RankingModel {
  bias: number;
  margin: number;
  weights: Readonly<Record<string, number>>;
}

/** What the features read besides the candidates: the texts, the discourse, the previous speaker. */
export interface RankingContext {
  masked: string[];
  discourse: Discourse;
  /** The speaker key of the last attributed quote before this one. */
  previousKey: string | null;
}

const NOT_RESOLVED: Resolution = { key: null, method: 'unresolved', coreference: false };

/**
 * The cues that could attribute `g`: in the sentences of its first and last parts, or in a split gap. One
 * cue per subject mention (the rules' pick, else the first: "he said, adding that" is one speaker mention);
 * an "according to Y" in a sentence with another cue is left out ("X said …, according to Y", "According to
 * Y, X said …": the words are X's, not the outlet's).
 */
export function candidateCues(
  g: QuoteGroup,
  ruleCue: Cue,
  cuesByPara: Cue[][],
  resolved: Map<Cue, Resolution>,
  masked: string[],
): Candidate[] {
  const first = g.segments[0]!;
  const last = g.segments[g.segments.length - 1]!;
  const out: Candidate[] = [];
  const seen = new Set<Cue>();
  const add = (c: Cue, relation: Relation) => {
    if (seen.has(c)) return;
    seen.add(c);
    out.push({ cue: c, relation, res: resolved.get(c) ?? NOT_RESOLVED });
  };
  for (let k = 0; k + 1 < g.segments.length; k++) {
    const a = g.segments[k]!;
    const b = g.segments[k + 1]!;
    if (a.para !== b.para) continue;
    for (const c of cuesByPara[a.para]!)
      if (c.subject && c.kind !== 'colon' && c.verbStart > a.close && c.verbStart < b.open) add(c, 'gap');
  }
  for (const s of [first, last]) {
    const pos = s === first ? s.start : s.end - 1;
    for (const c of cuesByPara[s.para]!) {
      if (!c.subject || seen.has(c) || pos < c.sentence[0] || pos >= c.sentence[1]) continue;
      if (c.scopeEnd !== undefined && first.open > c.scopeEnd && s.para === first.para) continue;
      const m = masked[s.para]!;
      const cs = Math.min(c.start, c.verbStart);
      const ce = Math.max(c.end, c.verbEnd);
      let relation: Relation;
      if (s.close >= 0 && cs > s.close && /^[\s,]*$/.test(m.slice(s.close + 1, cs))) relation = 'after';
      else if (s.open >= 0 && ce <= s.open && /^[\s,:]*(that\s+)?(it\s+)?$/i.test(m.slice(ce, s.open)))
        relation = 'before';
      else if (ce <= first.start) relation = 'earlier';
      else relation = 'later';
      if (c.kind === 'colon' && relation !== 'before') continue;
      // a cue by another quote's mark attributes that quote ("“Yes,” said Ross, but “no,” Mansour said")
      if ((relation === 'earlier' || relation === 'later') && byOtherQuote(c, g, m)) continue;
      add(c, relation);
    }
  }
  const span = (c: Cue) => `${c.para}:${c.subject!.start}`;
  const ruleSpan = ruleCue.subject ? span(ruleCue) : '';
  const kept = new Set<string>();
  return out.filter(({ cue }) => {
    const key = span(cue);
    if (key === ruleSpan ? cue !== ruleCue : kept.has(key)) return false;
    kept.add(key);
    return !(
      cue.kind === 'according-to' &&
      out.some(
        (o) =>
          o.cue.kind !== 'according-to' && o.cue.para === cue.para && o.cue.sentence[0] === cue.sentence[0],
      )
    );
  });
}

/** True if the cue stands by the mark of a quote other than `g` (it attributes that quote). */
function byOtherQuote(c: Cue, g: QuoteGroup, m: string): boolean {
  const own = (pos: number) =>
    g.segments.some((x) => x.para === c.para && (x.close === pos || x.open === pos));
  const before = m.slice(0, Math.min(c.start, c.verbStart)).replace(/[\s,]+$/, '');
  const after = m.slice(Math.max(c.end, c.verbEnd)).replace(/^[\s,:]+/, '');
  return (
    (/[”"»]$/.test(before) && !own(before.length - 1)) ||
    (/^[“"„«]/.test(after) && !own(m.length - after.length))
  );
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The features of one candidate cue for a quote (`rule`: the rules picked it). */
export function candidateFeatures(
  g: QuoteGroup,
  cand: Candidate,
  all: Candidate[],
  rule: boolean,
  ctx: RankingContext,
): Features {
  const { cue: c, relation, res } = cand;
  const first = g.segments[0]!;
  const last = g.segments[g.segments.length - 1]!;
  const m = ctx.masked[c.para]!;
  const f: Features = {};
  f['rule'] = rule ? 1 : 0;
  f[`relation:${relation}`] = 1;
  f[`kind:${c.kind}`] = 1;
  f[`kind-relation:${c.kind} ${relation}`] = 1;
  const cs = Math.min(c.start, c.verbStart);
  const ce = Math.max(c.end, c.verbEnd);
  const gap =
    ce <= first.start
      ? m.slice(ce, Math.max(ce, first.open))
      : m.slice(Math.min(cs, Math.max(last.close + 1, 0)), cs);
  f['distance'] = Math.log1p(words(gap.replace(/░+/g, ' ')));
  const entity = res.key ? ctx.discourse.entities.get(res.key) : undefined;
  const how = !res.key
    ? 'unresolved'
    : res.method === 'pronoun' || res.method === 'description'
      ? res.method
      : entity && entity.kind !== 'person'
        ? 'organisation'
        : 'name';
  f[`how:${how}`] = 1;
  f[`how-relation:${how} ${relation}`] = 1;
  if (c.clause && c.para === first.para && c.clause[0] <= first.start && first.end <= c.clause[1])
    f['holds'] = 1;
  if (c.scopeEnd !== undefined) f['subordinate'] = 1;
  if (c.subject && /^\s*$/.test(m.slice(c.sentence[0], c.subject.start).replace(/^[“"]+/, '')))
    f['opens-sentence'] = 1;
  if (res.key && res.key === ctx.previousKey) f['previous-speaker'] = 1;
  if (res.key) {
    const topic = ctx.discourse.occurrences.find((o) => o.para === c.para);
    if (topic?.key === res.key) f['paragraph-topic'] = 1;
  }
  f['rivals'] = all.length - 1;
  const nearer = all.filter((o) => o !== cand && o.relation !== 'gap').length;
  if (relation === 'later' && nearer) f['later-with-rivals'] = 1;
  return f;
}

/** The model's score (log-odds) that the candidate is the quote's speaker mention. */
export function candidateScore(f: Features, model: RankingModel = SPEAKER_RANKING_MODEL): number {
  return logOdds(f, model);
}

/**
 * The candidate the model ranks first, when it beats the rules' pick by the model's margin; else the rules'
 * pick (null when the model has no weights).
 */
export function rankedPick(
  g: QuoteGroup,
  all: Candidate[],
  ruleCue: Cue,
  ctx: RankingContext,
  model: RankingModel = SPEAKER_RANKING_MODEL,
): Candidate | null {
  if (all.length < 2 || !all.some((c) => c.cue === ruleCue) || !Object.keys(model.weights).length)
    return null;
  let best: { c: Candidate; z: number } | null = null;
  let ruleZ = -Infinity;
  for (const c of all) {
    const z = candidateScore(candidateFeatures(g, c, all, c.cue === ruleCue, ctx), model);
    if (c.cue === ruleCue) ruleZ = z;
    if (!best || z > best.z) best = { c, z };
  }
  return best && best.c.cue !== ruleCue && best.z - ruleZ > model.margin ? best.c : null;
}
