/**
 * Shading for counts in a chart (the co-mention matrix): four levels from the largest count, and
 * the legend that says which counts each level holds.
 */

/** The shade level (0 for none, 1 to 4) of `n` when the largest count is `max`. */
export function shadeLevel(n: number, max: number): number {
  if (n <= 0) return 0;
  return Math.min(4, Math.ceil((n / Math.max(1, max)) * 4));
}

export interface ShadeStep {
  level: number;
  /** "1", "2–3", "5 or more": the counts this level shows. */
  label: string;
}

/** The legend: one step per level that some count from 1 to `max` takes, plus "0". */
export function shadeLegend(max: number): ShadeStep[] {
  const ranges = new Map<number, [number, number]>();
  for (let n = 1; n <= max; n++) {
    const level = shadeLevel(n, max);
    const range = ranges.get(level);
    ranges.set(level, range ? [range[0], n] : [n, n]);
  }
  return [
    { level: 0, label: '0' },
    ...[...ranges].map(([level, [from, to]]) => ({
      level,
      label: from === to ? String(from) : `${from}–${to}`,
    })),
  ];
}
