/** Closest-id suggestion (Levenshtein), pure. */

/** Levenshtein edit distance between two strings. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The id in `ids` closest to `id` (Levenshtein; a shared prefix counts as close), or null if `ids` is empty.
 */
export function closestId(id: string, ids: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const cand of ids) {
    let d = levenshtein(id, cand);
    // a typo of one part of the id ("kirbi" for "john-kirby") counts nearly as close as the whole
    if (cand.length > id.length) d = Math.min(d, levenshtein(id, cand.slice(0, id.length)) + 0.5);
    for (const part of cand.split('-')) if (part.length > 2) d = Math.min(d, levenshtein(id, part) + 0.5);
    if (cand.startsWith(id) || id.startsWith(cand)) d = Math.min(d, Math.abs(cand.length - id.length) / 2);
    if (d < bestScore) {
      bestScore = d;
      best = cand;
    }
  }
  return best;
}
