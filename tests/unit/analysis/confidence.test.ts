/** confidence.ts: the logistic model, its levels, and the risks that keep an attribution below high. */
import { describe, expect, test } from 'vitest';
import {
  confidenceOf,
  levelOf,
  probabilityOf,
  UNJUDGED_RISKS,
  UNSURE_GUESSES,
} from '../../../src/analysis/confidence.ts';
import { CONFIDENCE_MODEL } from '../../../src/analysis/confidence-weights.ts';

const model = { bias: -1, weights: { near: 3, far: -2 }, thresholds: { high: 0.9, medium: 0.6 } };

describe('confidence model', () => {
  test('the probability is the logistic of the bias plus the weighted features; unknown ones weigh 0', () => {
    expect(probabilityOf({}, model)).toBeCloseTo(1 / (1 + Math.exp(1)));
    expect(probabilityOf({ near: 1 }, model)).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(probabilityOf({ near: 1, far: 0.5, unheard: 9 }, model)).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });

  test('levels begin at the thresholds', () => {
    expect(levelOf(0.95, model)).toBe('high');
    expect(levelOf(0.9, model)).toBe('high');
    expect(levelOf(0.7, model)).toBe('medium');
    expect(levelOf(0.59, model)).toBe('low');
  });

  test('a risk the corpus cannot judge keeps an attribution below high, not lower', () => {
    const sure = { near: 5 };
    expect(confidenceOf(sure, model).level).toBe('high');
    expect(confidenceOf({ ...sure, [UNJUDGED_RISKS[0]!]: 1 }, model)).toMatchObject({ level: 'medium' });
    expect(confidenceOf({ [UNJUDGED_RISKS[0]!]: 1 }, model).level).toBe('low');
  });

  test('an unsure guess keeps an attribution low, however sure the model is', () => {
    expect(confidenceOf({ near: 5, [UNSURE_GUESSES[0]!]: 1 }, model).level).toBe('low');
  });

  test('the learned model is well formed: finite weights, 0 < medium <= high < 1', () => {
    const { bias, weights, thresholds } = CONFIDENCE_MODEL;
    expect(Number.isFinite(bias)).toBe(true);
    expect(Object.keys(weights).length).toBeGreaterThan(20);
    for (const w of Object.values(weights)) expect(Number.isFinite(w)).toBe(true);
    expect(thresholds.medium).toBeGreaterThan(0);
    expect(thresholds.medium).toBeLessThanOrEqual(thresholds.high);
    expect(thresholds.high).toBeLessThan(1);
  });
});
