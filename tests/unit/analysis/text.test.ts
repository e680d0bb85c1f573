/** text.ts: small text helpers; live-blog time stamps masked with offsets unchanged. */
import { describe, expect, test } from 'vitest';
import { maskTimestamps } from '../../../src/analysis/text.ts';

describe('text: live-blog time stamps are masked, offsets unchanged', () => {
  test.each([
    ['09:15 — The union said no.', '.       The union said no.'],
    ['Trains stopped. 14.02 BST: Ministers met.', 'Trains stopped.            Ministers met.'],
    // negatives: a time inside a sentence and a decimal stay
    ['At 09:15 — nothing moved.', 'At 09:15 — nothing moved.'],
    ['It rose 3.45 — a record.', 'It rose 3.45 — a record.'],
  ])('%s', (text, want) => {
    expect(maskTimestamps(text)).toBe(want);
    expect(maskTimestamps(text).length).toBe(text.length);
  });
});
