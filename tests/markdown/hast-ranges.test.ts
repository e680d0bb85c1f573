import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { insertAt, textOf, wrapRanges } from '../../src/markdown/hast-ranges.ts';

const mark = (children: ElementContent[]): Element => h('mark', children);

describe('wrapRanges', () => {
  test.each([
    ['one range in plain text', h('p', 'Russia and Iran'), [[0, 6]], '<p><mark>Russia</mark> and Iran</p>'],
    [
      'two ranges, right to left safe',
      h('p', 'Russia and Iran'),
      [
        [0, 6],
        [11, 15],
      ],
      '<p><mark>Russia</mark> and <mark>Iran</mark></p>',
    ],
    [
      'range across an inline element',
      h('p', ['a ', h('em', 'big'), ' deal']),
      [[0, 10]],
      '<p><mark>a <em>big</em> deal</mark></p>',
    ],
    [
      'range inside an inline element',
      h('p', ['a ', h('em', 'big deal'), '!']),
      [[2, 5]],
      '<p>a <em><mark>big</mark> deal</em>!</p>',
    ],
    [
      'range equal to an inline element wraps the element',
      h('p', ['a ', h('em', 'big'), '!']),
      [[2, 5]],
      '<p>a <mark><em>big</em></mark>!</p>',
    ],
    [
      'range starting inside a link is clipped to the part outside it, text kept',
      h('p', [h('a', { href: '#' }, 'ab cd'), ' ef']),
      [[3, 8]],
      '<p><a href="#">ab cd</a><mark> ef</mark></p>',
    ],
  ])('%s', (_name, node, ranges, html) => {
    const before = textOf(node as Element);
    wrapRanges(
      node as Element,
      ranges.map(([start, end]) => ({ start: start!, end: end!, wrap: mark })),
    );
    expect(toHtml(node)).toBe(html);
    expect(textOf(node as Element)).toBe(before); // nothing lost
  });

  test('nested wrapping: outer first, then inner descends into the wrapper', () => {
    const p = h('p', '“relations between Russia and Iran” he said');
    wrapRanges(p, [{ start: 0, end: 35, wrap: (c) => h('q', c) }]);
    wrapRanges(p, [{ start: 19, end: 25, wrap: mark }]);
    expect(toHtml(p)).toBe('<p><q>“relations between <mark>Russia</mark> and Iran”</q> he said</p>');
  });

  test('a range outside the text changes nothing', () => {
    const p = h('p', 'short');
    wrapRanges(p, [{ start: 10, end: 20, wrap: mark }]);
    expect(toHtml(p)).toBe('<p>short</p>');
  });
});

describe('insertAt', () => {
  test.each([
    ['inside a text node', h('p', 'abcdef'), 3, '<p>abc<i></i>def</p>'],
    ['at the start', h('p', 'abc'), 0, '<p><i></i>abc</p>'],
    ['at the end', h('p', 'abc'), 3, '<p>abc<i></i></p>'],
    ['inside an inline element', h('p', ['ab', h('em', 'cd'), 'ef']), 3, '<p>ab<em>c<i></i>d</em>ef</p>'],
    ['at an element boundary', h('p', ['ab', h('em', 'cd')]), 2, '<p>ab<i></i><em>cd</em></p>'],
  ])('%s', (_name, node, offset, html) => {
    insertAt(node as Element, offset as number, h('i'));
    expect(toHtml(node)).toBe(html);
  });
});
