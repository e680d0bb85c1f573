import { describe, expect, test } from 'vitest';
import { selectorNames, subsetStylesheet, tokensOf } from '../../scripts/lib/article-stylesheet.ts';

const keep = (css: string, page: string) => subsetStylesheet(css, tokensOf(page));

describe("the article's own stylesheet", () => {
  test('tokens: plain words and Tailwind class names with colons, slashes and brackets', () => {
    const tokens = tokensOf(
      '<a class="sm:px-6 bg-paper/95 aria-[current=page]:font-semibold" id="main">x</a><script>el.classList.add(`is-open`)</script>',
    );
    for (const t of ['sm:px-6', 'bg-paper/95', 'aria-[current=page]:font-semibold', 'main', 'is-open'])
      expect(tokens.has(t), t).toBe(true);
  });

  test('a rule whose class no page uses goes; one it uses stays, in its place', () => {
    const css = '.a{color:red}.unused{color:blue}.b{color:green}';
    expect(keep(css, '<p class="a b">')).toBe('.a{color:red}.b{color:green}');
  });

  test('escaped Tailwind selectors are read as the class names the markup holds', () => {
    const css =
      '.sm\\:px-6{padding:1px}.aria-\\[current\\=page\\]\\:font-semibold[aria-current=page]{font-weight:600}' +
      '.w-1\\/2{width:50%}';
    const page = '<a class="sm:px-6 aria-[current=page]:font-semibold">';
    expect(keep(css, page)).toBe(
      '.sm\\:px-6{padding:1px}.aria-\\[current\\=page\\]\\:font-semibold[aria-current=page]{font-weight:600}',
    );
  });

  test('element, attribute, pseudo-class and universal selectors always stay', () => {
    const css = ':root,:host{--x:1}html{color:red}[hidden]{display:none}*,:before{box-sizing:border-box}';
    expect(keep(css, '<p>')).toBe(css);
  });

  test('an id is required like a class', () => {
    expect(keep('#gone{color:red}#main{color:blue}', '<main id="main">')).toBe('#main{color:blue}');
  });

  test('classes inside :not(), :is(), :where() and :has() are not required', () => {
    const css =
      ':where(.space-y-4>:not(:last-child)){margin:0}.a:not(.absent){color:red}' +
      '.a:has(.absent){color:blue}:is(.absent,.a) p{color:green}';
    expect(keep(css, '<p class="a space-y-4">')).toBe(css);
  });

  test('a selector list keeps only the selectors that can match', () => {
    expect(keep('.a,.gone{color:red}', '<p class="a">')).toBe('.a{color:red}');
  });

  test('at-rules emptied by the pruning go; layer statements and keyframes stay', () => {
    const css =
      '@layer theme,base;@media (width>=40rem){.gone{color:red}}' +
      '@layer utilities{@media print{.gone{color:red}}.a{color:blue}}@keyframes spin{to{rotate:1turn}}';
    expect(keep(css, '<p class="a">')).toBe(
      '@layer theme,base;@layer utilities{.a{color:blue}}@keyframes spin{to{rotate:1turn}}',
    );
  });
});

describe('the names a stylesheet can use', () => {
  test('every class and id its selectors mention, escapes read', () => {
    const names = selectorNames('.a:not(.b),#c .sm\\:px-6{x:1}@media print{.d{x:1}}p{x:1}');
    expect([...names].sort()).toEqual(['a', 'b', 'c', 'd', 'sm:px-6']);
  });

  test('tokens can be limited to those names, so a page keeps no words the stylesheet lacks', () => {
    const tokens = tokensOf('<p class="a z" id="c">word</p>', new Set(), new Set(['a', 'c', 'd']));
    expect([...tokens].sort()).toEqual(['a', 'c']);
  });
});
