/** bench/polnear/score.ts: the proper name a PolNeAR Source span holds, as the bench judges speaker names. */
import { describe, expect, test } from 'vitest';
import { sourceName } from '../../bench/polnear/score.ts';

describe('polnear score: the name in a Source span', () => {
  test.each([
    ['Sen. Ann Roe', 'Ann Roe'],
    ['Clark County chair Ann Roe, a nurse,', 'Ann Roe'],
    // a place or body after " of " is not the name
    ['Sen. Ann Roe of Ohio', 'Ann Roe'],
    ['Rep. Tom Kell of New Mexico, who chairs the panel', 'Tom Kell'],
    ['Ann Roe of the Dover Harbour Board', 'Ann Roe'],
    // the name after " of " when nothing before it is a name
    ['Secretary of State Ann Roe', 'Ann Roe'],
    ['the head of Dover Harbour', 'Dover Harbour'],
    // no name
    ['she', null],
  ])('%s', (source, name) => {
    expect(sourceName(source, 'An article that names nobody in lower case.')).toBe(name);
  });
});
