/** bench/confidence: the logistic regression and the threshold choice of the confidence training. */
import { describe, expect, test } from 'vitest';
import { fitLogistic, logLoss, predict, solveSpd, type Example } from '../../bench/confidence/logistic.ts';
import { levelCounts, shareAt, thresholdFor } from '../../bench/confidence/thresholds.ts';

describe('logistic regression', () => {
  test('solves a symmetric positive definite system', () => {
    const v = solveSpd(Float64Array.from([4, 2, 2, 3]), Float64Array.from([10, 8]), 2);
    expect(v[0]).toBeCloseTo(1.75);
    expect(v[1]).toBeCloseTo(1.5);
  });

  test('learns a helpful feature as positive, a harmful one as negative, and fits the base rate', () => {
    // invented data: "good" is right 9 times in 10, "bad" 2 in 10, neither 6 in 10
    const examples: Example[] = [];
    const add = (good: number, bad: number, rightOf10: number) => {
      for (let i = 0; i < 10; i++)
        examples.push({ x: Float64Array.from([good, bad]), y: i < rightOf10 ? 1 : 0 });
    };
    for (let k = 0; k < 5; k++) {
      add(1, 0, 9);
      add(0, 1, 2);
      add(0, 0, 6);
    }
    const fit = fitLogistic(examples, 0);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(fit.weights[1]).toBeLessThan(0);
    expect(predict(fit, Float64Array.from([1, 0]))).toBeCloseTo(0.9, 3);
    expect(predict(fit, Float64Array.from([0, 0]))).toBeCloseTo(0.6, 3);
    // a penalty shrinks the weights towards 0 and fits worse
    const shrunk = fitLogistic(examples, 1);
    expect(Math.abs(shrunk.weights[0]!)).toBeLessThan(Math.abs(fit.weights[0]!));
    expect(logLoss(shrunk, examples)).toBeGreaterThan(logLoss(fit, examples));
  });
});

describe('thresholds', () => {
  const scored = [
    { p: 0.99, right: true },
    { p: 0.95, right: true },
    { p: 0.9, right: true },
    { p: 0.9, right: false },
    { p: 0.8, right: true },
    { p: 0.7, right: false },
    { p: 0.6, right: false },
  ];

  test('high takes the largest top share that is precise enough, never cutting between equal scores', () => {
    expect(thresholdFor(scored, 1)).toBe(0.95);
    expect(thresholdFor(scored, 0.75)).toBe(0.8);
    expect(thresholdFor(scored, 0.5)).toBe(0.6);
    expect(shareAt(scored, 1)).toBeCloseTo(2 / 7);
  });

  test('medium is chosen below high; nothing precise enough leaves the level empty', () => {
    expect(thresholdFor(scored, 0.5, 0.95)).toBe(0.7);
    expect(thresholdFor(scored, 0.6, 0.95)).toBe(0.8);
    expect(thresholdFor([{ p: 0.5, right: false }], 0.9)).toBe(Infinity);
  });

  test('levels count their attributions, a capped one at most medium', () => {
    const counts = levelCounts([...scored, { p: 0.99, right: false, capped: true }], {
      high: 0.95,
      medium: 0.8,
    });
    expect(counts).toEqual({
      high: { n: 2, right: 2 },
      medium: { n: 4, right: 2 },
      low: { n: 2, right: 0 },
    });
  });
});
