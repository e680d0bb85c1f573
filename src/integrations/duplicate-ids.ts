/**
 * A build check: no built page has two elements with one id. A duplicate id breaks the skip link,
 * in-page links, `aria-labelledby` and scripts that look an element up (the search dialog), so the
 * build fails, naming the page, the id and where each element is. Run over `dist/` when the build
 * is done; htmlparser2 reads a page in well under a millisecond, so archive-size builds stay fast.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';

/** One id used more than once in a page: the id and the 1-based line:column of each element. */
export interface DuplicateId {
  id: string;
  places: string[];
}

/** Ids that more than one element of `html` carries, with where each one is. */
export function duplicateIds(html: string): DuplicateId[] {
  const seen = new Map<string, number[]>();
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        const id = attributes.id;
        if (id === undefined) return;
        seen.set(id, [...(seen.get(id) ?? []), parser.startIndex]);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const place = (offset: number) => {
    const line = lineStarts.findLastIndex((start) => start <= offset);
    return `${line + 1}:${offset - lineStarts[line]! + 1}`;
  };
  return [...seen]
    .filter(([, offsets]) => offsets.length > 1)
    .map(([id, offsets]) => ({ id, places: offsets.map(place) }));
}

/** Every HTML file under `dir`, relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Messages for every duplicate id on every page under `dir` (empty when there is none). */
export async function checkDuplicateIds(dir: string, shownAs = 'dist'): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await htmlFiles(dir)) {
    for (const { id, places } of duplicateIds(await readFile(path.join(dir, file), 'utf8'))) {
      const where = `${shownAs}/${file.split(path.sep).join('/')}`;
      problems.push(
        `${where}:${places[0]}: id "${id}" is used by ${places.length} elements (at ${places.join(', ')}). ` +
          'Fix: if an article took a page id, add the id to ARTICLE_PAGE_IDS in src/markdown/page-ids.ts; ' +
          'if a component repeats it, give each element its own id.',
      );
    }
  }
  return problems;
}

/** The Astro integration: fails `astro build` when a built page repeats an id. */
export default function duplicateIdCheck(): AstroIntegration {
  return {
    name: 'duplicate-id-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const problems = await checkDuplicateIds(
          fileURLToPath(dir),
          path.relative(process.cwd(), fileURLToPath(dir)) || '.',
        );
        if (problems.length)
          throw new Error(`${problems.length} duplicate id(s) in the built pages:\n${problems.join('\n')}`);
        logger.info('no page repeats an id');
      },
    },
  };
}
