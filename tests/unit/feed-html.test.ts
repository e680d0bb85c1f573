import { describe, expect, test } from 'vitest';
import { feedHtml } from '../../src/markdown/feed-html.ts';

describe('article HTML for feed readers', () => {
  const html =
    '<p id="p1" data-block="0" data-pagefind-title="¶1">' +
    '<a class="mention" data-actor="iran" href="/actors/iran/">Iran</a> said ' +
    '<span class="quote" id="q-x" data-quote="q-x">“no”<a class="speaker-chip" data-pagefind-ignore href="/actors/iran/"><span class="sr-only">Quote by </span>Iran</a></span>.' +
    '<span class="permalinks" data-pagefind-ignore><a class="permalink" href="#p1">¶</a><button type="button" hidden>copy</button></span>' +
    '<span class="quote-cites" data-pagefind-ignore><button class="cite-quote">Cite</button></span></p>\n' +
    '<h2 id="s" data-block="1">Section <em>one</em></h2><p>See <a href="#p1">above</a>.</p>';

  test('keeps the text and its links, absolute; drops the site controls and chips; unwraps the spans', () => {
    expect(feedHtml(html, 'https://s.example/articles/a/')).toBe(
      '<p><a href="https://s.example/actors/iran/">Iran</a> said “no”.</p>\n' +
        '<h2>Section <em>one</em></h2><p>See <a href="https://s.example/articles/a/#p1">above</a>.</p>',
    );
  });

  test("drops the speaker's name written for the search index only (a hidden span in a quote)", () => {
    const quote =
      '<p><span class="quote" id="q-y"><span hidden data-pagefind-weight="10">Ada Byrne</span>“yes”</span> she said.</p>';
    expect(feedHtml(quote, 'https://s.example/articles/a/')).toBe('<p>“yes” she said.</p>');
  });
});
