/**
 * Reads one article file the way the build, the CLI and the anchor lock all must: UTF-8 checked,
 * frontmatter parsed with line numbers and validated against the one schema, and the publishing
 * rules applied (no future date, no runaway size, no empty body) unless the frontmatter says so.
 * Every error names the file, its line (frontmatter included), the field and the fix.
 */
import { describeIssues } from './issues.ts';
import { isoDay } from './dates.ts';
import { analysisFrontmatterSchema, articleFrontmatterSchema, type ArticleFrontmatter } from './schema.ts';
import { decodeUtf8 } from './utf8.ts';
import { parseYaml, type DataPath } from './yaml.ts';

/** Bytes an article may have without `allowLargeArticle: true`: about 80,000 words, ten times a long read. */
export const ARTICLE_SIZE_LIMIT = 512 * 1024;

/** How far ahead of UTC the earliest time zone is: an article dated "today" there is not in the future. */
const LATEST_ZONE_MS = 14 * 3600_000;

export interface ArticleSource {
  file: string;
  /** The validated frontmatter. */
  data: ArticleFrontmatter;
  /** The frontmatter as written (what Astro's `parseData` validates again). */
  raw: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** Lines of the file before the body, so body positions become file lines. */
  lineOffset: number;
  /** File line of a frontmatter field. */
  lineOf(path: DataPath): number;
}

export interface ReadOptions {
  /** The moment "the future" starts (tests pass a fixed one). */
  now?: Date;
  /**
   * `publish` (the site): every field a page needs. `analysis` (the analyze CLI, the review desk): only
   * `title`; description, date and source may be missing, so any article can be analysed.
   */
  purpose?: 'publish' | 'analysis';
}

/** Validates an article's source (bytes or text); throws an Error listing every problem with its line. */
export function readArticleSource(
  source: Uint8Array | string,
  file: string,
  options: ReadOptions = {},
): ArticleSource {
  const text = typeof source === 'string' ? source : decodeUtf8(source, file);
  const bytes = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
  const { yamlText, body, lineOffset } = splitSource(text, file);
  const yaml = parseYaml(yamlText, {
    file,
    firstLine: 2,
    what: 'the frontmatter',
    fix: 'fix the YAML between the two "---" lines',
  });
  const schema = options.purpose === 'analysis' ? analysisFrontmatterSchema : articleFrontmatterSchema;
  const parsed = schema.safeParse(yaml.data ?? {});
  if (!parsed.success) throw new Error(describeIssues(file, parsed.error.issues, yaml, schema).join('\n'));
  // for analysis only `title` is sure to be there; nothing downstream of the analysis reads the others
  const data = parsed.data as ArticleFrontmatter;
  const problems = [
    ...dateProblems(file, data, yaml.lineOf, options.now ?? new Date()),
    ...sizeProblems(file, data, bytes),
  ];
  if (body.trim() === '') problems.push(emptyBodyMessage(file, lineOffset + 1));
  if (problems.length) throw new Error(problems.join('\n'));
  return {
    file,
    data,
    raw: yaml.data as Record<string, unknown>,
    body,
    lineOffset,
    lineOf: (path) => yaml.lineOf(path),
  };
}

/** The frontmatter's YAML, the body, and the number of lines before the body. */
function splitSource(text: string, file: string): { yamlText: string; body: string; lineOffset: number } {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open)
    throw new Error(
      `${file}:1: the file has no frontmatter. Fix: begin it with a line "---", the fields ` +
        '(title, description, published, source), and another line "---", then the article text.',
    );
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close)
    throw new Error(
      `${file}:1: the frontmatter that opens on line 1 is never closed. Fix: add a line "---" after its last field.`,
    );
  const yamlText = rest.slice(0, close.index);
  const head = open[0] + yamlText + close[0];
  return { yamlText, body: text.slice(head.length), lineOffset: head.split('\n').length - 1 };
}

function dateProblems(
  file: string,
  data: ArticleFrontmatter,
  lineOf: (path: DataPath) => number,
  now: Date,
): string[] {
  const problems: string[] = [];
  const today = isoDay(new Date(now.getTime() + LATEST_ZONE_MS));
  for (const field of ['published', 'updated'] as const) {
    const date = data[field];
    if (!date || data.allowFutureDate || isoDay(date) <= today) continue;
    problems.push(
      `${file}:${lineOf([field])}: field "${field}": ${isoDay(date)} is after today (${isoDay(now)}); ` +
        'a future date would put the article above every other on the front page and in the feed. ' +
        `Fix: correct the date, or add "allowFutureDate: true" to the frontmatter if it is meant.`,
    );
  }
  if (data.updated && data.published && data.updated < data.published)
    problems.push(
      `${file}:${lineOf(['updated'])}: field "updated": ${isoDay(data.updated)} is before "published" ` +
        `(${isoDay(data.published)}). Fix: correct one of the two dates.`,
    );
  return problems;
}

function sizeProblems(file: string, data: ArticleFrontmatter, bytes: number): string[] {
  if (bytes <= ARTICLE_SIZE_LIMIT || data.allowLargeArticle) return [];
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KB`;
  return [
    `${file}:1: the file is ${kb(bytes)}, above the ${kb(ARTICLE_SIZE_LIMIT)} limit for an article ` +
      '(about 80,000 words; a long read is under 10,000). Fix: check that the file holds only the article ' +
      '(not a pasted document or a block repeated), split it, or add "allowLargeArticle: true" to the frontmatter if it is meant.',
  ];
}

function emptyBodyMessage(file: string, line: number): string {
  return (
    `${file}:${line}: the article has no paragraphs (its body is empty or has only headings, lists or links). ` +
    'Fix: put the article text below the frontmatter, one paragraph per block.'
  );
}

/** An error when an article's body yields no paragraph (e.g. only headings); `bodyLine` is the body's first file line. */
export function requireParagraphs(file: string, paragraphs: number, bodyLine: number): void {
  if (paragraphs === 0) throw new Error(emptyBodyMessage(file, bodyLine));
}

/**
 * The analysis reports a bad quote override by file alone; this adds the override's line
 * (`quotes.N.quote` for a quote it cannot find, `quotes.N.speaker` for an unknown actor).
 */
export function placeOverrideError(
  message: string,
  file: string,
  quotes: readonly { quote: string }[],
  lineOf: (path: DataPath) => number,
): string {
  const prefix = `${file}: quote override '`;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  const index = quotes.findIndex((q) => rest.startsWith(`${q.quote}' `));
  if (index < 0) return message;
  const field = rest.slice(quotes[index]!.quote.length + 2).startsWith('names unknown actor')
    ? 'speaker'
    : 'quote';
  return `${file}:${lineOf(['quotes', index, field])}: quote override '${rest}`;
}
