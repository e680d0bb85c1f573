/**
 * Article anchors never take the page's own ids: headings "Status", "Analysis", "Main" or
 * "Search dialog" get a suffix, every id in the article HTML is unique, and the published anchors
 * of the seed do not change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleAnchors, checkAnchors } from '../../src/lib/anchors.ts';
import { parseArticleFile, toArticleInput } from '../../src/markdown/extract.ts';
import { analyzeForPage, ARTICLE_PAGE_IDS, freeId, reservePageIds } from '../../src/markdown/page-ids.ts';
import { renderArticle } from '../../src/markdown/pipeline.ts';
import { duplicateIds } from '../../src/integrations/duplicate-ids.ts';
import { projectRegistry, projectRoot } from '../unit/helpers.ts';

const registry = { actors: [], conflicts: [] };
const hrefFor = (type: 'actor' | 'conflict', id: string) => `/${type}s/${id}/`;
const render = (markdown: string, aliases: Record<string, string> = {}) =>
  renderArticle({ file: 'content/articles/x.md', markdown, registry, hrefFor, aliases });
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

const colliding = [
  'Officials met on Monday.',
  '## Status',
  'The talks go on.',
  '## Analysis',
  'Main.',
  '## Search dialog',
  'A last paragraph, “with a quote,” she said.',
  '## Main',
  'Status.',
].join('\n\n');

describe('page ids are reserved', () => {
  test('headings and paragraphs that would take a page id get the next free suffix', async () => {
    const { html, analysis, headings } = await render(colliding);
    // the paragraphs "Main." and "Status." already took main-2 and status-2 from the headings' slugs
    expect(headings.map((h) => h.slug)).toEqual(['status-3', 'analysis-2', 'search-dialog-2', 'main-3']);
    expect(analysis.paragraphs.map((p) => p.anchor)).toEqual(
      expect.arrayContaining(['main-2', 'status-2', 'the-talks-go-on']),
    );
    const all = ids(html);
    expect(all.filter((id) => ARTICLE_PAGE_IDS.has(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    expect(html).toContain('<h2 id="status-3"');
    expect(html).toContain('href="#status-3"');
  });

  test('ids the analysis does not make (an h1 in the body) are kept off the page ids too', async () => {
    const { html } = await render('# Main\n\nOfficials met on Monday.\n\n# Main\n');
    // rehype-slug names them main and main-1; the first moves off the skip link's target
    expect(ids(html).filter((id) => id.startsWith('main'))).toEqual(['main-2', 'main-1']);
  });

  test('an anchor alias may not take a page id', () => {
    const problems = checkAnchors('x.md', ['a-b'], [], { status: 'a-b' }, { reserved: ARTICLE_PAGE_IDS });
    expect(problems.join('\n')).toMatch(/field "anchors": alias 'status' is an id the page itself uses/);
  });

  test('an analysis with no collision is returned unchanged', async () => {
    const { analysis } = await render('Officials met on Monday.\n\n## What comes next\n\nMore talks.\n');
    expect(reservePageIds(analysis)).toBe(analysis);
  });

  test('freeId skips suffixes already taken', () => {
    expect(freeId('main', new Set(['main', 'main-2', 'main-3']))).toBe('main-4');
  });

  test("the seed's published anchors do not change", () => {
    const file = path.join(projectRoot, 'content/articles/2023-12-15-russia-iran-gaza.md');
    const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'content/anchors.lock.json'), 'utf8'));
    const analysis = analyzeForPage(toArticleInput(parseArticleFile(file)), projectRegistry);
    expect(articleAnchors(analysis).sort()).toEqual(lock['2023-12-15-russia-iran-gaza']);
  });
});

describe('duplicateIds (the build check over dist/)', () => {
  test('finds an id used twice, with the line and column of each element', () => {
    const html = '<!doctype html>\n<main id="main">\n<h2 id="x">A</h2><p id="main">B</p>\n<p id="y"></p>';
    expect(duplicateIds(html)).toEqual([{ id: 'main', places: ['2:1', '3:18'] }]);
  });

  test('reads entities and ignores ids inside scripts and comments', () => {
    const html =
      '<p id="a&amp;b"></p><p id="a&b"></p><!-- <p id="c"> --><p id="c"></p><script>"<p id=\'d\'>"</script><p id="d"></p>';
    expect(duplicateIds(html).map((d) => d.id)).toEqual(['a&b']);
  });
});
