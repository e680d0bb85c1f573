/**
 * The one YAML reader (the `yaml` package) for frontmatter and registry files. It keeps every
 * node's position, so a syntax error or a schema error can name the file's own line.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';

/** A key path into the parsed data, as zod reports it. */
export type DataPath = readonly PropertyKey[];

export interface ParsedYaml {
  data: unknown;
  /**
   * The file line of the value at `path`, or of its key when `at` is `'key'`. A path that does
   * not exist (a missing field) gives the line of the deepest part that does.
   */
  lineOf(path: DataPath, at?: 'key' | 'value'): number;
}

export interface YamlOptions {
  /** The file, as messages show it. */
  file: string;
  /** File line of the text's first line (2 for frontmatter after its opening `---`). */
  firstLine?: number;
  /** What the text is, in messages: "the frontmatter", "the file". */
  what?: string;
  /** Advice appended to every syntax error. */
  fix?: string;
}

/** Parses YAML; a syntax error (or a key written twice) throws naming the file, the line and the fix. */
export function parseYaml(text: string, options: YamlOptions): ParsedYaml {
  const { file, firstLine = 1, what = 'the file', fix = 'fix the YAML syntax' } = options;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // node ranges are character offsets; lines are counted only when a message needs one
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length + firstLine - 1, col: offset - lineStart + 1 };
  };
  const toFileLine = (offset: number) => position(offset).line;
  const [error] = doc.errors;
  if (error) {
    const offset = faultOffset(doc, error.code, error.pos[0]);
    const { line, col } = position(offset);
    throw new Error(
      `${file}:${line}: ${what} is not valid YAML (column ${col}): ${explain(error.code, error.message)}. Fix: ${fixFor(error.code, fix)}.`,
    );
  }
  return {
    data: doc.toJS(),
    lineOf(path, at = 'value') {
      return toFileLine(offsetOf(doc, path, at));
    },
  };
}

/** Where the reader should look: an unclosed quote is reported at its end, but the fault is where it opens. */
function faultOffset(doc: Document, code: string, offset: number): number {
  if (code !== 'MISSING_CHAR') return offset;
  let start = offset;
  visit(doc, {
    Scalar(_key, node) {
      const [from, , to] = node.range ?? [0, 0, 0];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && from < offset && offset <= to)
        start = from;
    },
  });
  return start;
}

function explain(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a key is written twice (only one value would be kept)';
  return message.replace(/\s+at line \d+, column \d+.*$/s, '').replace(/\.$/, '');
}

function fixFor(code: string, fix: string): string {
  if (code === 'MISSING_CHAR') return 'close the quote on this line, or write the value without quotes';
  if (code === 'DUPLICATE_KEY') return 'keep one of the two lines';
  if (code === 'BAD_INDENT' || code === 'BLOCK_AS_IMPLICIT_KEY')
    return `${fix}: indent list items and nested keys evenly, and quote a value that contains ": " or " #"`;
  return fix;
}

/** Character offset of the node at `path` (or its key), falling back to the deepest existing parent. */
function offsetOf(doc: Document, path: DataPath, at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step),
      );
      if (!pair) return offset;
      const keyStart = rangeStart(pair.key);
      if (last && at === 'key') return keyStart ?? offset;
      node = pair.value;
      // a key with no value (`title:`) has no range of its own: its line is the key's
      offset = rangeStart(node) ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else return offset;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
