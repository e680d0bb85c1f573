import type { Element, ElementContent, Text } from 'hast';

/** A character range of an element's text to wrap in a new element. */
export interface WrapRange {
  start: number;
  end: number;
  wrap: (children: ElementContent[]) => Element;
}

/** Length of the text an element or text node contributes (what hast-util-to-string reads). */
export function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((n, c) => n + textLength(c), 0);
  return 0;
}

/** Plain text of a node, the same text the analysis offsets count in. */
export function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((c) => textOf(c)).join('');
  return '';
}

/** Splits the text child at `index` so that a child boundary falls at `offset` within it. */
function splitText(children: ElementContent[], index: number, offset: number): void {
  const node = children[index] as Text;
  if (offset <= 0 || offset >= node.value.length) return;
  children.splice(
    index,
    1,
    { type: 'text', value: node.value.slice(0, offset) },
    { type: 'text', value: node.value.slice(offset) },
  );
}

/**
 * Wraps character ranges of `parent`'s text in new elements, splitting text nodes
 * where needed. Ranges must not partly overlap each other (nesting is fine: wrap the
 * outer ranges first, then call again for the inner ones, which descend into the
 * wrappers). A range that starts inside one inline element and ends in another is
 * clipped to the part that can be wrapped without breaking markup; none of the text
 * is ever lost.
 */
export function wrapRanges(parent: Element, ranges: WrapRange[]): void {
  const sorted = [...ranges].sort((a, b) => b.start - a.start); // right to left keeps offsets valid
  for (const range of sorted) wrapOne(parent, range);
}

function wrapOne(parent: Element, range: WrapRange): void {
  if (range.end <= range.start) return;
  const children = parent.children;
  // Locate children that hold start and end.
  let offset = 0;
  let first = -1;
  let last = -1;
  let firstOffset = 0;
  let lastOffset = 0;
  for (let i = 0; i < children.length; i++) {
    const len = textLength(children[i]!);
    if (first === -1 && range.start < offset + len) {
      first = i;
      firstOffset = offset;
    }
    if (range.end <= offset + len) {
      last = i;
      lastOffset = offset;
      break;
    }
    offset += len;
  }
  if (first === -1 || last === -1) return;

  const firstChild = children[first]!;
  // Wholly inside one element child: descend with relative offsets.
  if (first === last && firstChild.type === 'element') {
    const inner = firstChild;
    const innerLen = textLength(inner);
    const rel = { ...range, start: range.start - firstOffset, end: range.end - firstOffset };
    if (rel.start === 0 && rel.end === innerLen && inner.tagName !== 'a') {
      // The element is exactly the range: wrap the element itself.
      children.splice(first, 1, range.wrap([inner]));
      return;
    }
    wrapOne(inner, rel);
    return;
  }

  // Clip the boundaries that fall inside element children to those children's edges.
  let start = range.start;
  let end = range.end;
  if (firstChild.type === 'element' && start > firstOffset) {
    start = firstOffset + textLength(firstChild);
    first += 1;
    firstOffset = start;
  }
  const lastChild = children[last]!;
  if (lastChild.type === 'element' && end < lastOffset + textLength(lastChild)) {
    end = lastOffset;
    last -= 1;
  }
  if (first > last || end <= start) return;

  // Split text nodes at the end first (so `first` stays valid), then at the start.
  if (children[last]!.type === 'text') splitText(children, last, end - lastOffset);
  if (children[first]!.type === 'text') {
    const before = start - firstOffset;
    if (before > 0) {
      splitText(children, first, before);
      first += 1;
      last += 1;
    }
  }
  const wrapped = children.slice(first, last + 1);
  children.splice(first, wrapped.length, range.wrap(wrapped));
}

/**
 * Inserts an element at a character offset of `parent`'s text (descending into inline
 * elements, splitting a text node if needed). Used for anchors that cannot wrap their text.
 */
export function insertAt(parent: Element, offset: number, element: Element): boolean {
  let seen = 0;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    const len = textLength(child);
    if (offset <= seen + len) {
      if (child.type === 'text') {
        splitText(parent.children, i, offset - seen);
        const at = offset - seen <= 0 ? i : offset - seen >= len ? i + 1 : i + 1;
        parent.children.splice(at, 0, element);
        return true;
      }
      if (child.type === 'element' && offset > seen && offset < seen + len)
        return insertAt(child, offset - seen, element);
      parent.children.splice(offset === seen ? i : i + 1, 0, element);
      return true;
    }
    seen += len;
  }
  parent.children.push(element);
  return true;
}
