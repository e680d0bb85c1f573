import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { Analysis, Quote } from '../analysis/types.ts';
import { citeLabel } from '../lib/format.ts';

export interface RehypeCiteQuotesOptions {
  analysis: Analysis;
  /** Display name of a registered actor. */
  nameOf: (id: string) => string | undefined;
}

/**
 * One "Cite" control per quote (direct quotes and reported statements): a button at the end of the
 * paragraph where the quote ends, that copies the quote's citation. The citation's text is open data
 * (/data/citations/<slug>.json, keyed by quote id, named by `CiteArticle.astro`'s `data-quote-citations`),
 * fetched on the first click; the button only names the quote. Shown by CSS only where the page
 * can copy (`.can-copy`); `data-pagefind-ignore` keeps it out of search. The controls sit in their own
 * `span.quote-cites`, so a layout can move them (to the margin, beside the speaker) as one.
 *
 * In:  `<p data-block="6">… <span class="quote" id="q-x">“…”</span> …</p>`
 * Out: `<p data-block="6">…<span class="quote-cites" data-pagefind-ignore><button class="cite-quote"
 *        data-cite-quote="q-x" aria-label="Cite: quote by Kamran Gasanov, “everything has changed”"><span aria-hidden="true">Cite</span></button></span></p>`
 */
export default function rehypeCiteQuotes(options: RehypeCiteQuotesOptions) {
  const { analysis, nameOf } = options;
  const byParagraph = new Map<number, Quote[]>();
  for (const quote of analysis.quotes) {
    if (quote.kind === 'scare' || !quote.parts.length) continue;
    // A direct quote is cited where it ends; a reported statement where it starts.
    const at = quote.kind === 'direct' ? quote.parts.at(-1)!.paragraph : quote.paragraph;
    byParagraph.set(at, [...(byParagraph.get(at) ?? []), quote]);
  }
  const blockToParagraph = new Map(analysis.paragraphs.map((p) => [p.block, p.index]));

  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.properties?.dataBlock === undefined) return;
      const index = blockToParagraph.get(Number(node.properties.dataBlock));
      const quotes = index === undefined ? undefined : byParagraph.get(index);
      if (!quotes) return SKIP;
      node.children.push(
        h('span', { className: 'quote-cites', dataPagefindIgnore: '' }, quotes.map(citeButton)),
      );
      return SKIP;
    });
  };

  function citeButton(quote: Quote): Element {
    const name = (quote.speaker.id ? nameOf(quote.speaker.id) : undefined) ?? quote.speaker.name;
    const label = citeLabel(quote.kind, quote.text, name, 'Cite');
    return h(
      'button',
      {
        type: 'button',
        className: 'cite-quote',
        dataCiteQuote: quote.id,
        ariaLabel: label,
      },
      // Text only: the label names the quote; one button per quote stays light.
      [h('span', { ariaHidden: 'true' }, 'Cite')],
    );
  }
}
