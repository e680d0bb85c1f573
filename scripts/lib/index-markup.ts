/**
 * Markup only Pagefind reads, removed from the built pages once the index is written: the hidden
 * spans that carry a page's filters and metadata (`<span hidden data-pagefind-filter="actor:Iran">`,
 * the facets JSON) and the `data-pagefind-title|meta|filter|sort|weight` attributes. A reader's browser
 * never uses them (about 8 KB of the seed article). `data-pagefind-body` and `data-pagefind-ignore`
 * stay: the page's scripts use them to tell the text from the controls.
 *
 * So Pagefind must index a fresh `astro build`, never a `dist/` already stripped: `npm run build` runs
 * the three steps in order.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A hidden element that holds nothing but Pagefind's data (our templates write them on one line). */
const INDEX_ONLY_SPAN = /<span hidden(?: data-pagefind-[a-z]+(?:="[^"]*")?)+>[^<]*<\/span>/g;
/** Pagefind's attributes that only the indexer reads. */
const INDEX_ONLY_ATTRIBUTE = / data-pagefind-(?:title|meta|filter|sort|weight|default-meta)(?:="[^"]*")?/g;

/** `html` without the markup only Pagefind reads. */
export function stripIndexMarkup(html: string): string {
  return html.replace(INDEX_ONLY_SPAN, '').replace(INDEX_ONLY_ATTRIBUTE, '');
}

/** Strips every built page under `dir` (Pagefind's own folder aside); resolves to the bytes removed. */
export async function stripIndexMarkupIn(dir: string): Promise<number> {
  const files = (await readdir(dir, { recursive: true })).filter(
    (f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind'),
  );
  let removed = 0;
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(
      files.slice(i, i + 64).map(async (f) => {
        const file = path.join(dir, f);
        const html = await readFile(file, 'utf8');
        const stripped = stripIndexMarkup(html);
        if (stripped === html) return;
        removed += Buffer.byteLength(html) - Buffer.byteLength(stripped);
        await writeFile(file, stripped);
      }),
    );
  }
  return removed;
}
