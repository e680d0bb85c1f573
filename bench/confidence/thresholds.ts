/**
 * Where confidence levels begin: from scored attributions (the model's probability, whether it was right),
 * the probability above which the attributions are precise enough, covering as many as possible.
 */

/** An attribution as the thresholds see it: the model's probability and whether it was right. */
export interface Scored {
  p: number;
  right: boolean;
  /** Kept below high whatever its probability (a risk the corpus cannot judge). */
  capped?: boolean;
}

/** Precision and share of one level. */
export interface LevelCount {
  n: number;
  right: number;
}

/**
 * The lowest probability t such that the attributions scored in [t, below) are at least `precision` right,
 * taking as many as possible; `below` is Infinity for the top level. Cuts fall between distinct
 * probabilities only. Returns `below` when no cut reaches the precision.
 */
export function thresholdFor(scored: Scored[], precision: number, below = Infinity): number {
  const band = scored.filter((s) => s.p < below).sort((a, b) => b.p - a.p);
  let right = 0;
  let best = below;
  for (let i = 0; i < band.length; i++) {
    if (band[i]!.right) right++;
    const cut = i + 1 === band.length || band[i + 1]!.p < band[i]!.p;
    if (cut && right / (i + 1) >= precision) best = band[i]!.p;
  }
  return best;
}

/** How many attributions each level holds and how many of them are right (a capped one is at most medium). */
export function levelCounts(
  scored: Scored[],
  thresholds: { high: number; medium: number },
): Record<'high' | 'medium' | 'low', LevelCount> {
  const out = { high: { n: 0, right: 0 }, medium: { n: 0, right: 0 }, low: { n: 0, right: 0 } };
  for (const s of scored) {
    const level =
      s.p >= thresholds.high && !s.capped ? out.high : s.p >= thresholds.medium ? out.medium : out.low;
    level.n++;
    if (s.right) level.right++;
  }
  return out;
}

/** The largest share of attributions whose top-scored part is at least `precision` right. */
export function shareAt(scored: Scored[], precision: number): number {
  const t = thresholdFor(scored, precision);
  return scored.length ? scored.filter((s) => s.p >= t).length / scored.length : 0;
}
