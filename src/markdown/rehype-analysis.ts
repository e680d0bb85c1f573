import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Analysis, MentionSpan, Quote } from '../analysis/types.ts';
import { flattenNewlines } from './blocks.ts';
import { insertAt, textOf, wrapRanges, type WrapRange } from './hast-ranges.ts';

export interface RehypeAnalysisOptions {
  analysis: Analysis;
  /** URL of an actor or conflict page. */
  hrefFor: (type: 'actor' | 'conflict', id: string) => string;
  /** Display name of an actor, for speaker chips. */
  nameOf: (id: string) => string | undefined;
}

const OPENING = new Set(['"', '“', '„', '«']);
const CLOSING = new Set(['"', '”', '»']);

/**
 * Applies an Analysis to the HTML tree of its article: quotes become `span.quote`
 * with their own anchor and a speaker chip, mentions become links (the first
 * mention of an entity in a paragraph) or marks (the rest).
 *
 * In:  `<p data-block="6">“everything has changed” … says Gasanov.</p>`
 * Out: `<p data-block="6"><span class="quote" id="q-everything-has-changed">“everything
 *       has changed”<a class="speaker-chip" …>Kamran Gasanov</a></span> … says
 *       <a class="mention" href="/actors/kamran-gasanov/">Gasanov</a>.</p>`
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
      // Mentions first: the speaker chips that quotes add are text the offsets do not count.
      wrapMentions(node, block);
      if (paragraph) {
        wrapReported(node, paragraph.index, actual);
        wrapQuotes(node, paragraph.index, actual);
        resumeSections(node, String(node.properties?.dataPagefindTitle ?? ''));
      }
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
          if (/speaker-chip|permalinks/.test(cls)) continue;
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

  function wrapQuotes(node: Element, index: number, text: string): void {
    const ranges: WrapRange[] = [];
    for (const quote of analysis.quotes) {
      if (quote.kind === 'reported') continue;
      quote.parts.forEach((part, n) => {
        if (part.paragraph !== index) return;
        // Include the quotation marks themselves in the marked span.
        const [start, end] = markedRange(text, part);
        const isLast = n === quote.parts.length - 1;
        ranges.push({ start, end, wrap: (children) => quoteElement(quote, n, isLast, children) });
      });
    }
    wrapRanges(node, ranges);
  }

  function quoteElement(quote: Quote, part: number, isLast: boolean, children: ElementContent[]): Element {
    const speaker = quote.speaker;
    const props: Record<string, string | undefined> = {
      className: quote.kind === 'scare' ? 'scare' : 'quote',
      id: part === 0 ? quote.anchor : `${quote.anchor}-${part + 1}`,
      dataQuote: quote.id,
      dataSpeaker: speaker.id ?? undefined,
    };
    if (quote.kind === 'direct' && part === 0) {
      // A search sub-result of its own, titled by its speaker.
      const name = (speaker.id ? nameOf(speaker.id) : undefined) ?? speaker.name ?? 'speaker unknown';
      props.dataPagefindTitle = `Quote: ${name}`;
    }
    const content: ElementContent[] = [...children];
    if (quote.kind === 'direct' && isLast) content.push(speakerChip(quote));
    return h('span', props, content);
  }

  function speakerChip(quote: Quote): Element {
    const { speaker } = quote;
    const name = (speaker.id ? nameOf(speaker.id) : undefined) ?? speaker.name;
    const common = { className: 'speaker-chip', dataPagefindIgnore: '' };
    if (!name) {
      return h('span', { ...common, className: 'speaker-chip speaker-chip--unknown' }, [
        h('span', { className: 'sr-only' }, 'Quote, '),
        'speaker unknown',
      ]);
    }
    const label = [h('span', { className: 'sr-only' }, 'Quote by '), name];
    if (speaker.id) return h('a', { ...common, href: hrefFor('actor', speaker.id) }, label);
    return h(
      'span',
      { ...common, className: 'speaker-chip speaker-chip--unregistered', title: 'Not in the registry' },
      label,
    );
  }

  function wrapMentions(node: Element, block: number): void {
    const spans = analysis.spans.filter((s) => s.block === block);
    const insideLink = linkRanges(node);
    const linked = new Set<string>();
    const isHeading = /^h[1-6]$/.test(node.tagName);
    const ranges: WrapRange[] = spans
      .sort((a, b) => a.start - b.start)
      .map((span) => {
        const key = `${span.type}:${span.id}`;
        // Never a link inside the author's own link; the next mention gets the link instead.
        const nested = insideLink.some(([s, e]) => span.start < e && span.end > s);
        const link = !isHeading && !nested && !linked.has(key);
        if (!nested) linked.add(key);
        return { start: span.start, end: span.end, wrap: (children) => mentionElement(span, link, children) };
      });
    wrapRanges(node, ranges);
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

  function mentionElement(span: MentionSpan, link: boolean, children: ElementContent[]): Element {
    const props = {
      className: span.via === 'coreference' ? 'mention mention--coref' : 'mention',
      [span.type === 'actor' ? 'dataActor' : 'dataConflict']: span.id,
    };
    return link
      ? h('a', { ...props, href: hrefFor(span.type, span.id) }, children)
      : h('span', props, children);
  }
}
