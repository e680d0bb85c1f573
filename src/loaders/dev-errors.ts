/**
 * Content errors on the dev server. A loader that fails on a saved file records the error here
 * instead of stopping the server; `src/middleware.ts` throws it on every page, so it shows in
 * Astro's error overlay (with the file, its line and the fix) until the file is fixed.
 *
 * The loaders run in Astro's process and the pages in Vite's module runner, so the two see
 * different copies of this module: the errors live on `globalThis` under a registered symbol.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where an error points: an absolute file path, and its line and column when known. */
export interface ErrorLocation {
  file: string;
  line?: number;
  column?: number;
}

/** An Error as Astro's overlay reads it: `loc` gives the code frame, `hint` the advice under it. */
export interface ContentError extends Error {
  loc?: ErrorLocation;
  hint?: string;
}

const KEY = Symbol.for('news-analysis-microsite.content-errors');

function errors(): Map<string, ContentError> {
  const holder = globalThis as { [KEY]?: Map<string, ContentError> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

const FILE = String.raw`(\/?(?:[\w.@~-]+\/)*[\w.@~-]+\.(?:md|ya?ml|json))`;

/**
 * The file, line and column a message names: `file.md:12: …`, `file.md:12:3 …`,
 * `file.yaml: … (line 4, column 2)` or `file.md: … at line 6, column 1`; null when it names no file.
 */
export function locateMessage(message: string, root: string): ErrorLocation | null {
  const first = new RegExp(`(?:^|\\s)${FILE}(?::(\\d+))?(?::(\\d+))?`, 'm').exec(message);
  if (!first) return null;
  const file = path.resolve(root, first[1]!);
  if (first[2]) return { file, line: Number(first[2]), ...(first[3] ? { column: Number(first[3]) } : {}) };
  const rest = message.slice(first.index);
  const at = /\bline (\d+)(?:, column (\d+))?/.exec(rest);
  if (at) return { file, line: Number(at[1]), ...(at[2] ? { column: Number(at[2]) } : {}) };
  const field = /\bfield "([\w-]+)|\*\*([\w-]+)\*\*:/.exec(rest);
  const line = field ? fieldLine(file, (field[1] ?? field[2])!) : undefined;
  return line ? { file, line, column: 1 } : { file };
}

/** The line of a top-level YAML key in a file (frontmatter or registry entry), if the file has it. */
function fieldLine(file: string, key: string): number | undefined {
  try {
    const index = readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith(`${key}:`));
    return index >= 0 ? index + 1 : undefined;
  } catch {
    return undefined;
  }
}

/** An Error for the overlay: the message as the build prints it, located at the file and line it names. */
export function toContentError(error: unknown, root: string): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  const out: ContentError = new Error(message);
  out.name = 'ContentError';
  const loc = locateMessage(message, root);
  // Astro's overlay falls back to the stack for a location; this error's stack would point at the loader.
  out.stack = `${out.name}: ${message}`;
  // Astro reads `loc.file` as inside the project; a file elsewhere (a test's copy) is named by the message only.
  if (loc && !path.relative(root, loc.file).startsWith('..')) out.loc = loc;
  out.hint =
    'Fix the file and save it: the page reloads by itself. The dev server keeps running meanwhile, ' +
    'and the site keeps the last good version of the file.';
  return out;
}

/** Records the error a loader (`source`) met on the dev server, replacing its previous one. */
export function recordContentError(source: string, error: unknown, root: string): ContentError {
  const recorded = toContentError(error, root);
  errors().set(source, recorded);
  return recorded;
}

/** Forgets the error of `source`: its last sync succeeded. */
export function clearContentError(source: string): void {
  errors().delete(source);
}

/** The first recorded content error, if any: what the overlay shows. */
export function currentContentError(): ContentError | undefined {
  return errors().values().next().value;
}
