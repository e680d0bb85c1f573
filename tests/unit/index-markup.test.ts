import { describe, expect, test } from 'vitest';
import { stripIndexMarkup } from '../../scripts/lib/index-markup.ts';

describe('the markup only Pagefind reads leaves the built page', () => {
  test('hidden filter and metadata spans go, whole', () => {
    const html =
      '<article data-pagefind-body><span hidden data-pagefind-filter="kind:paragraph" data-pagefind-meta="kind:paragraph"></span>' +
      '<span hidden data-pagefind-filter="actor:Middle East Centre, LSE"></span>' +
      '<span hidden data-pagefind-ignore data-pagefind-meta="facets">{&quot;names&quot;:[&quot;Iran&quot;]}</span>' +
      '<h1 data-pagefind-meta="title" data-pagefind-ignore>Title</h1></article>';
    expect(stripIndexMarkup(html)).toBe(
      '<article data-pagefind-body><h1 data-pagefind-ignore>Title</h1></article>',
    );
  });

  test("a quote's speaker, named for the index only, goes with its text; the quote stays", () => {
    const html =
      '<span class="quote" id="q-a"><span hidden data-pagefind-weight="10">Ada Byrne</span>“We will”</span>';
    expect(stripIndexMarkup(html)).toBe('<span class="quote" id="q-a">“We will”</span>');
  });

  test('indexer attributes go; the text, body and ignore marks that scripts use stay', () => {
    const html =
      '<p id="a" data-block="0" data-pagefind-title="Paragraph 1">Iran <span class="x" data-pagefind-ignore="">¶</span></p>' +
      '<dd data-pagefind-meta="aliases" data-pagefind-weight="2">Tehran</dd>';
    expect(stripIndexMarkup(html)).toBe(
      '<p id="a" data-block="0">Iran <span class="x" data-pagefind-ignore="">¶</span></p><dd>Tehran</dd>',
    );
  });

  test('visible elements are never removed, even when hidden by an attribute on another element', () => {
    const html = '<span hidden class="note">A note</span><span data-pagefind-meta="aliases">Tehran</span>';
    expect(stripIndexMarkup(html)).toBe('<span hidden class="note">A note</span><span>Tehran</span>');
  });
});
