/** object-names.ts: full names with a known first name, named where no intro or subject places them. */
import { describe, expect, test } from 'vitest';
import { findObjectNames } from '../../../src/analysis/object-names.ts';

const names = (text: string) => findObjectNames(text, () => false).map((n) => n.name);

describe('object names: a full name with a known first name is a person wherever it stands', () => {
  test.each<[string, string[]]>([
    ['Ann Roe met Tom Kell at the port on Monday.', ['Tom Kell']],
    ['The board thanked Tom Kell’s crew and Ann Roe.', ['Tom Kell', 'Ann Roe']],
    // the sentence's opening name is a subject, found elsewhere; places and longer runs are no person
    ['Ann Roe spoke. She flew to El Dorado and to Lake Tom Kell Harbour.', []],
    // an unknown first name tells nothing
    ['The board met Zorgul Kell on Monday.', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
