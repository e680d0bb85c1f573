import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Analysis, MentionSpan, Quote } from '../analysis/types.ts';
import { attributionSentence, attributionWords, NO_SPEAKER, speakerWho } from '../lib/attribution.ts';
import { flattenNewlines } from './blocks.ts';
import { insertAt, textOf, wrapRanges, type WrapRange } from './hast-ranges.ts';

export interface RehypeAnalysisOptions {
  analysis: Analysis;
  /** URL of an actor or conflict page. */
  hrefFor: (type: 'actor' | 'conflict', id: string) => string;
  /** Display name of an actor, for speaker notes. */
  nameOf: (id: string) => string | undefined;
}

const OPENING = new Set(['"', '“', '„', '«']);
const CLOSING = new Set(['"', '”', '»']);

/**
 * Applies an Analysis to the HTML tree of its article. The article reads clean by default; the
 * page's "Show who is named and quoted" switch reveals this layer with CSS alone:
 *
 * - quotes become `span.quote` with their own anchor (a search sub-result titled by the speaker);
 *   a direct quote carries its speaker twice, one shown at a time: `span.speaker-note` at the
 *   quote's start (a note in the margin on wide screens; also the popover) and, at its end, a
 *   `button.speaker-marker` that opens that note as a popover on narrow screens. Neither
 *   interrupts the sentence, and an uncertain attribution says so in words;
 * - mentions become `span.mention`; the first mention of an entity in a paragraph also carries its
 *   link: the words twice, `span.mention-text` (shown while the layer is off, so the text has no
 *   link and no tab stop) and `a.mention-link` (shown while it is on; not indexed for search).
 *   Headings are never marked.
 *
 * In:  `<p data-block="6">“everything has changed” … says Gasanov.</p>`
 * Out: `<p data-block="6"><span class="quote" id="q-everything-has-changed"><span class="speaker-note"
 *       id="who-q-everything-has-changed" popover>Said by <a …>Kamran Gasanov</a></span>“everything
 *       has changed”<button class="speaker-marker" popovertarget="who-q-everything-has-changed" …>
 *       </button></span> … says <span class="mention" data-actor="kamran-gasanov"><span
 *       class="mention-text">Gasanov</span><a class="mention-link" href="/actors/kamran-gasanov/"
 *       data-pagefind-ignore>Gasanov</a></span>.</p>`
 *
 * Blocks are found by the `data-block` index set by remark-block-anchors. A block
 * whose text differs from the analysed text is left unmarked (nothing is lost) and
 * reported as a file message.
 */
export default function rehypeAnalysis(options: RehypeAnalysisOptions) {
  const { analysis, hrefFor, nameOf } = options;
  const paragraphByBlock = new Map(analysis.paragraphs.map((p) => [p.block, p]));
  const headingByBlock = new Map(analysis.headings.map((hd) => [hd.block, hd]));

  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      const raw = node.properties?.dataBlock;
      if (raw === undefined) return;
      const block = Number(raw);
      const paragraph = paragraphByBlock.get(block);
      const expected = paragraph?.text ?? headingByBlock.get(block)?.text;
      if (expected === undefined) return SKIP;
      const actual = flattenNewlines(textOf(node));
      if (actual !== expected) {
        file.message(
          `block ${block} renders text that differs from the analysed text; its mentions and quotes are not marked`,
        );
        return SKIP;
      }
      if (!paragraph) return SKIP; // a heading: never marked
      // Every wrap works on character offsets; what adds text of its own (speaker notes, the
      // mention links' second copy) comes after them all.
      const linked = wrapMentions(node, block);
      wrapReported(node, paragraph.index, actual);
      const quoted = wrapQuotes(node, paragraph.index, actual);
      resumeSections(node, String(node.properties?.dataPagefindTitle ?? ''));
      for (const { element, quote, first, last } of quoted) addSpeaker(element, quote, first, last);
      for (const { element, href } of linked) addMentionLink(element, href);
      return SKIP;
    });
  };

  /**
   * Search sub-results run from one titled element to the next, so the words after a quote
   * would be filed under "Quote: X". An empty marker after each titled quote or statement that
   * has text after it hands the rest of the paragraph back to the paragraph's own title.
   */
  function resumeSections(node: Element, title: string): void {
    if (!title) return;
    const spots: { parent: Element; child: Element; end: number }[] = [];
    let text = '';
    const walk = (parent: Element) => {
      for (const child of parent.children) {
        if (child.type === 'text') text += child.value;
        else if (child.type === 'element') {
          const cls = String(child.properties?.className ?? '');
          if (/speaker-note|speaker-marker|mention-link|permalinks/.test(cls)) continue;
          walk(child);
          if (child.properties?.dataPagefindTitle && child.properties.id)
            spots.push({ parent, child, end: text.length });
        }
      }
    };
    walk(node);
    for (const { parent, child, end } of spots) {
      if (!/[\p{L}\p{N}]/u.test(text.slice(end))) continue; // only punctuation left: nothing to re-title
      const marker = h('span', {
        id: `${String(child.properties.id)}-after`,
        className: 'section-resume',
        dataPagefindTitle: title,
      });
      parent.children.splice(parent.children.indexOf(child) + 1, 0, marker);
    }
  }

  /** Span of a direct or scare quote part in a paragraph, quotation marks included. */
  function markedRange(text: string, part: { start: number; end: number }): [number, number] {
    const start = OPENING.has(text[part.start - 1] ?? '') ? part.start - 1 : part.start;
    const end = CLOSING.has(text[part.end] ?? '') ? part.end + 1 : part.end;
    return [start, end];
  }

  /**
   * Reported speech gets its own anchor: the clause is wrapped in `span.reported`, or,
   * where it cuts across a direct quote, an empty anchor marks where it starts.
   */
  function wrapReported(node: Element, index: number, text: string): void {
    const quoted = analysis.quotes
      .filter((q) => q.kind !== 'reported')
      .flatMap((q) => q.parts.filter((p) => p.paragraph === index).map((p) => markedRange(text, p)));
    const ranges: WrapRange[] = [];
    for (const quote of analysis.quotes) {
      if (quote.kind !== 'reported') continue;
      const part = quote.parts.find((p) => p.paragraph === index);
      if (!part || quote.parts[0] !== part) continue;
      const name =
        (quote.speaker.id ? nameOf(quote.speaker.id) : undefined) ?? quote.speaker.name ?? 'speaker unknown';
      const props = {
        className: 'reported',
        id: quote.anchor,
        dataQuote: quote.id,
        dataSpeaker: quote.speaker.id ?? undefined,
        dataPagefindTitle: `Reported: ${name}`,
      };
      const crosses = quoted.some(
        ([s, e]) =>
          s < part.end &&
          e > part.start &&
          !(s >= part.start && e <= part.end) &&
          !(s <= part.start && e >= part.end),
      );
      if (crosses) insertAt(node, part.start, h('span', { ...props, className: 'reported-anchor' }));
      else ranges.push({ start: part.start, end: part.end, wrap: (children) => h('span', props, children) });
    }
    wrapRanges(node, ranges);
  }

  /** A quote part's element, and whether it opens or closes its quote: where the speaker goes. */
  interface QuotedPart {
    element: Element;
    quote: Quote;
    first: boolean;
    last: boolean;
  }

  function wrapQuotes(node: Element, index: number, text: string): QuotedPart[] {
    const ranges: WrapRange[] = [];
    const parts: QuotedPart[] = [];
    for (const quote of analysis.quotes) {
      if (quote.kind === 'reported') continue;
      quote.parts.forEach((part, n) => {
        if (part.paragraph !== index) return;
        // Include the quotation marks themselves in the marked span.
        const [start, end] = markedRange(text, part);
        const first = n === 0;
        const last = n === quote.parts.length - 1;
        ranges.push({
          start,
          end,
          wrap: (children) => {
            const element = quoteElement(quote, n, children);
            if (quote.kind === 'direct') parts.push({ element, quote, first, last });
            return element;
          },
        });
      });
    }
    wrapRanges(node, ranges);
    return parts;
  }

  function quoteElement(quote: Quote, part: number, children: ElementContent[]): Element {
    const speaker = quote.speaker;
    const props: Record<string, string | undefined> = {
      className: quote.kind === 'scare' ? 'scare' : 'quote',
      id: part === 0 ? quote.anchor : `${quote.anchor}-${part + 1}`,
      dataQuote: quote.id,
      dataSpeaker: speaker.id ?? undefined,
    };
    if (quote.kind === 'direct' && part === 0) {
      // A search sub-result of its own, titled by its speaker.
      props.dataPagefindTitle = `Quote: ${speakerNameOf(quote) ?? 'speaker unknown'}`;
    }
    return h('span', props, children);
  }

  /** The speaker's name, or how the text describes an unnamed source. */
  function speakerNameOf(quote: Quote): string | null {
    const { speaker } = quote;
    return speakerWho((speaker.id ? nameOf(speaker.id) : undefined) ?? speaker.name, quote);
  }

  /**
   * The speaker of a direct quote: the note opens its first part (in the margin on wide screens, and
   * the popover), the marker closes its last part (on narrow screens; it opens the popover).
   */
  function addSpeaker(element: Element, quote: Quote, first: boolean, last: boolean): void {
    const id = `who-${quote.anchor}`;
    if (first) element.children.unshift(speakerNote(quote, id), ...speakerForSearch(quote));
    if (last) element.children.push(speakerMarker(quote, id));
  }

  /**
   * The speaker's name once more, for the search index only: the quote's own sub-result then answers
   * a search for its speaker, as its quote page once did (the quote pages are no longer indexed).
   * `hidden`, and removed from the built page once Pagefind has read it (scripts/lib/index-markup.ts).
   */
  function speakerForSearch(quote: Quote): Element[] {
    const name = speakerNameOf(quote);
    return name ? [h('span', { hidden: true, dataPagefindWeight: '10' }, name)] : [];
  }

  function speakerNote(quote: Quote, id: string): Element {
    const name = speakerNameOf(quote);
    const { certain, lead, qualifier } = attributionWords(quote);
    const common = { id, popover: 'auto', dataPagefindIgnore: '' };
    if (!name) return h('span', { ...common, className: 'speaker-note speaker-note--unknown' }, NO_SPEAKER);
    const who = quote.speaker.id
      ? h('a', { className: 'speaker-name', href: hrefFor('actor', quote.speaker.id) }, name)
      : h('span', { className: 'speaker-name' }, name);
    return h(
      'span',
      { ...common, className: certain ? 'speaker-note' : 'speaker-note speaker-note--uncertain' },
      [
        h('span', { className: 'speaker-lead' }, `${lead} `),
        who,
        ...(qualifier ? [h('span', { className: 'speaker-how' }, ` (${qualifier})`)] : []),
      ],
    );
  }

  function speakerMarker(quote: Quote, id: string): Element {
    return h(
      'button',
      {
        type: 'button',
        className: 'speaker-marker',
        popovertarget: id,
        ariaLabel: attributionSentence(speakerNameOf(quote), quote),
        dataPagefindIgnore: '',
      },
      // Its speech-bubble icon is drawn by CSS (one file for every marker on the page).
      [],
    );
  }

  /** Wraps a paragraph's mentions; returns the first mention of each entity, which gets its link. */
  function wrapMentions(node: Element, block: number): { element: Element; href: string }[] {
    const spans = analysis.spans.filter((s) => s.block === block);
    const insideLink = linkRanges(node);
    const linked = new Set<string>();
    const links: { element: Element; href: string }[] = [];
    const ranges: WrapRange[] = spans
      .sort((a, b) => a.start - b.start)
      .map((span) => {
        const key = `${span.type}:${span.id}`;
        // Never a link inside the author's own link; the next mention gets the link instead.
        const nested = insideLink.some(([s, e]) => span.start < e && span.end > s);
        const link = !nested && !linked.has(key);
        if (!nested) linked.add(key);
        return {
          start: span.start,
          end: span.end,
          wrap: (children) => {
            const element = mentionElement(span, children);
            if (link) links.push({ element, href: hrefFor(span.type, span.id) });
            return element;
          },
        };
      });
    wrapRanges(node, ranges);
    return links;
  }

  /** Text ranges of the links already in a block. */
  function linkRanges(node: Element): [number, number][] {
    const out: [number, number][] = [];
    let offset = 0;
    const walk = (el: Element) => {
      for (const child of el.children) {
        if (child.type === 'text') offset += child.value.length;
        else if (child.type === 'element') {
          const start = offset;
          walk(child);
          if (child.tagName === 'a') out.push([start, offset]);
        }
      }
    };
    walk(node);
    return out;
  }

  function mentionElement(span: MentionSpan, children: ElementContent[]): Element {
    return h(
      'span',
      {
        className: span.via === 'coreference' ? 'mention mention--coref' : 'mention',
        [span.type === 'actor' ? 'dataActor' : 'dataConflict']: span.id,
      },
      children,
    );
  }

  /**
   * The link of a first mention, shown only with the analysis layer on. A CSS switch cannot take a
   * link out of the tab order or out of what a screen reader announces, so the words are there
   * twice and CSS shows one: plain while reading, a link with the layer on.
   */
  function addMentionLink(element: Element, href: string): void {
    const words = element.children;
    element.children = [
      h('span', { className: 'mention-text' }, words),
      h('a', { className: 'mention-link', href, dataPagefindIgnore: '' }, structuredClone(words)),
    ];
  }
}
