/** stages/warnings.ts: what the build report and the editor see (quotes without a speaker). */
import { describe, expect, test } from 'vitest';
import { run } from '../helpers.ts';

describe('warnings stage: a direct quote with no speaker is warned about, naming the file', () => {
  test('unattributed direct quotes are warned about', () => {
    const a = run(
      ['It was quiet. “No water until further notice for the whole district.”'],
      undefined,
      'x.md',
    );
    expect(a.warnings.some((w) => w.startsWith('x.md: quote') && w.includes('no speaker'))).toBe(true);
  });
});
