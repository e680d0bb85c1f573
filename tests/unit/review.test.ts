import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as loadYaml } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../src/analysis/analyze.ts';
import type { Analysis, Quote } from '../../src/analysis/types.ts';
import { actorSkeleton, markSpans, overrideYaml, reviewArticle, reviewStatus } from '../../src/lib/review.ts';
import { renderReviewPage } from '../../src/lib/review-html.ts';
import { blockLines } from '../../src/markdown/block-lines.ts';
import { parseArticleFile, toArticleInput } from '../../src/markdown/extract.ts';
import { readArticleSource } from '../../src/registry/validate-article.ts';
import { loadRegistry } from '../../src/registry/load.ts';
import { actorSchema, articleFrontmatterSchema, type Registry } from '../../src/registry/schema.ts';
import { projectRegistry, projectRoot } from './helpers.ts';

const SEED = 'content/articles/2023-12-15-russia-iran-gaza.md';
const NILE = 'tests/fixtures/articles/2024-05-14-nile-dam-talks-stall.md';

/** The review input of an article file, as `npm run review` builds it. */
function inputOf(
  file: string,
  registry: Registry,
  source = readFileSync(path.join(projectRoot, file), 'utf8'),
) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'review-'));
  const copy = path.join(dir, path.basename(file));
  writeFileSync(copy, source);
  const parsed = parseArticleFile(copy, file);
  rmSync(dir, { recursive: true });
  return {
    slug: path.basename(file, '.md'),
    title: parsed.frontmatter.title,
    file,
    analysis: analyzeArticle(toArticleInput(parsed), registry),
    overrides: parsed.frontmatter.quotes,
    blockLines: blockLines(source, file),
  };
}

/** The article source with `yaml` added to the frontmatter (or replacing its `quotes:` block). */
function withOverride(source: string, yaml: string, how: 'paste' | 'replace'): string {
  const end = source.indexOf('\n---', 3);
  let head = source.slice(0, end);
  if (how === 'replace') head = head.replace(/\nquotes:\n(?: {2}.*\n?)*/, '\n');
  return `${head.trimEnd()}\n${yaml.trimEnd()}${source.slice(end)}`;
}

function quote(over: Partial<Quote>): Quote {
  return {
    id: 'q-x',
    anchor: 'q-x',
    kind: 'direct',
    text: 'x',
    paragraph: 1,
    parts: [{ paragraph: 1, start: 0, end: 1 }],
    speaker: { id: 'a', name: 'A', registered: true },
    method: null,
    cue: null,
    evidence: null,
    confidence: 'high',
    ...over,
  };
}

describe('the review order', () => {
  test('no speaker first, then low, medium and high confidence, then scare quotes; reading order within each', () => {
    const quotes = [
      quote({ id: 'q-high', confidence: 'high' }),
      quote({
        id: 'q-scare',
        kind: 'scare',
        speaker: { id: null, name: null, registered: false },
        confidence: null,
      }),
      quote({ id: 'q-medium', confidence: 'medium' }),
      quote({ id: 'q-none', speaker: { id: null, name: null, registered: false }, confidence: null }),
      quote({ id: 'q-low-1', confidence: 'low' }),
      quote({ id: 'r-low-2', kind: 'reported', confidence: 'low' }),
    ];
    const analysis: Analysis = {
      file: 'x.md',
      paragraphs: [{ index: 1, anchor: 'p', text: 'x', block: 0 }],
      headings: [],
      spans: [],
      mentions: [],
      quotes,
      unregistered: [],
      warnings: [],
    };
    const review = reviewArticle(
      { slug: 'x', title: 'X', file: 'x.md', analysis, overrides: [] },
      { actors: [], conflicts: [] },
    );
    expect(review.items.map((i) => i.id)).toEqual([
      'q-none',
      'q-low-1',
      'r-low-2',
      'q-medium',
      'q-high',
      'q-scare',
    ]);
    expect(review.counts).toEqual({ unattributed: 1, low: 2, medium: 1, high: 1, scare: 1 });
    expect(reviewStatus(quote({ confidence: null }))).toBe('low');
    const unnamed = { id: null, name: null, registered: false, description: 'officials' };
    expect(reviewStatus(quote({ speaker: unnamed, confidence: 'medium' }))).toBe('medium');
  });
});

describe('the seed article under review', () => {
  const input = inputOf(SEED, projectRegistry);
  const review = reviewArticle(input, projectRegistry);

  test('lists every quote and reported statement once, with its link, speaker, evidence and confidence', () => {
    expect(review.items.map((i) => i.id).sort()).toEqual(input.analysis.quotes.map((q) => q.id).sort());
    const kirby = review.items.find((i) => i.id === 'q-clearly-a-growing-relationship')!;
    expect(kirby).toMatchObject({
      href: '/articles/2023-12-15-russia-iran-gaza/#q-clearly-a-growing-relationship',
      speaker: { id: 'john-kirby' },
      // "Kirby was quick to point out what he described as “…”": shown through the name "he" stands for
      evidence: { how: 'name', cue: 'described', mention: 'US national security spokesman John Kirby' },
      // a characterisation, which the model is not sure of
      confidence: 'low',
      kind: 'direct',
    });
  });

  test('the context marks the quoted words, the cue and the mention in the paragraph, with its source line', () => {
    const kirby = review.items.find((i) => i.id === 'q-clearly-a-growing-relationship')!;
    const [paragraph] = kirby.context;
    const marked = (mark: string) =>
      paragraph!.spans
        .filter((s) => s.marks.includes(mark as 'quote'))
        .map((s) => s.text)
        .join('');
    expect(marked('quote')).toBe('clearly a growing relationship in the defense realm');
    expect(marked('cue')).toBe('described');
    expect(marked('mention')).toBe('US national security spokesman John Kirby');
    const lines = readFileSync(path.join(projectRoot, SEED), 'utf8').split('\n');
    expect(lines[paragraph!.line! - 1]).toContain(
      paragraph!.spans
        .map((s) => s.text)
        .join('')
        .slice(0, 40),
    );
    expect(kirby.line).toBe(paragraph!.line);
  });

  test('every override it offers round-trips through the article schema and does what it says', () => {
    const source = readFileSync(path.join(projectRoot, SEED), 'utf8');
    const parsed = parseArticleFile(path.join(projectRoot, SEED));
    let checked = 0;
    for (const item of review.items) {
      for (const fix of item.overrides) {
        const edited = withOverride(source, fix.yaml, fix.how);
        const data = articleFrontmatterSchema.parse(readArticleSource(edited, SEED).raw);
        const after = analyzeArticle(toArticleInput({ ...parsed, frontmatter: data }), projectRegistry);
        const changed = after.quotes.find((q) => q.id === item.id)!;
        const wanted = loadYaml(fix.yaml) as {
          quotes: { quote: string; speaker?: string; scare?: boolean }[];
        };
        const mine = wanted.quotes.find((o) => o.quote === item.id)!;
        if (mine.scare) expect(changed).toMatchObject({ kind: 'scare', speaker: { id: null } });
        else expect(changed.speaker.id).toBe(mine.speaker);
        expect(changed.evidence?.how ?? 'override').toBe('override');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(review.items.length);
  }, 30_000);

  test('a quote can be given to the speakers named near it, not to the states its own words name', () => {
    const nato = review.items.find((i) => i.id === 'q-puts-pressure-on-nato')!;
    const actions = nato.overrides.map((o) => o.action);
    expect(actions[0]).toBe('Confirm Kamran Gasanov as the speaker');
    expect(actions).toContain('Give it to Khaled Meshaal instead');
    expect(actions).not.toContain('Give it to NATO instead');
    expect(actions.at(-1)).toBe('Mark it as a scare quote or a title (no speaker)');
  });
});

describe('overrides next to existing ones', () => {
  test('the YAML replaces the quotes: block, keeping the other overrides and replacing one for the same quote', () => {
    const yaml = overrideYaml(
      [
        { quote: 'q-a', speaker: 'john-kirby' },
        { quote: 'q-b', scare: true },
      ],
      { quote: 'q-a', speaker: 'kamran-gasanov' },
    );
    expect(yaml).toBe(
      'quotes:\n  - quote: q-b\n    scare: true\n  - quote: q-a\n    speaker: kamran-gasanov\n',
    );
    const data = articleFrontmatterSchema.shape.quotes.parse((loadYaml(yaml) as { quotes: unknown }).quotes);
    expect(data).toEqual([
      { quote: 'q-b', scare: true },
      { quote: 'q-a', speaker: 'kamran-gasanov' },
    ]);
  });

  test('an article with overrides gets "replace" fixes that keep them', () => {
    const source = readFileSync(path.join(projectRoot, SEED), 'utf8').replace(
      '\n---\n',
      '\nquotes:\n  - quote: q-everything-has-changed\n    speaker: khaled-meshaal\n---\n',
    );
    const review = reviewArticle(inputOf(SEED, projectRegistry, source), projectRegistry);
    const item = review.items.find((i) => i.id === 'q-everything-has-changed')!;
    expect(item.overridden).toBe(true);
    expect(item.evidence?.how).toBe('override');
    const other = review.items.find((i) => i.id === 'q-clearly-a-growing-relationship')!;
    expect(other.overrides.every((o) => o.how === 'replace')).toBe(true);
    const kept = loadYaml(other.overrides[0]!.yaml) as { quotes: { quote: string }[] };
    expect(kept.quotes.map((q) => q.quote)).toEqual([
      'q-everything-has-changed',
      'q-clearly-a-growing-relationship',
    ]);
  });
});

describe('unregistered speakers', () => {
  const input = inputOf(NILE, projectRegistry);
  const review = reviewArticle(input, projectRegistry);
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('each gets the registry file the analysis names and the quotes given to them', () => {
    const haddad = review.unregistered.find((u) => u.name === 'Samira Haddad')!;
    expect(haddad).toMatchObject({
      id: 'samira-haddad',
      file: 'content/actors/samira-haddad.yaml',
      kind: 'person',
      quotes: ['r-the-filling-of-the', 'q-every-season-without-a'],
    });
    // the file each speaker gets is the one the analysis's own warning names
    for (const u of review.unregistered)
      expect(input.analysis.warnings.join('\n')).toContain(
        `'${u.name}' (paragraph ${u.paragraphs.join(', ')}): add ${u.file}`,
      );
    const ministry = review.unregistered.find((u) => u.id === 'egyptian-foreign-ministry')!;
    expect(ministry.kind).toBe('organisation');
    const confirm = review.items.find((i) => i.id === 'q-every-season-without-a')!.overrides[0]!;
    expect(confirm.needs).toBe('content/actors/samira-haddad.yaml');
  });

  test('the skeletons are valid registry files, and with them the speakers are registered', () => {
    const content = mkdtempSync(path.join(os.tmpdir(), 'review-registry-'));
    dirs.push(content);
    cpSync(path.join(projectRoot, 'content/actors'), path.join(content, 'actors'), { recursive: true });
    cpSync(path.join(projectRoot, 'content/conflicts'), path.join(content, 'conflicts'), { recursive: true });
    for (const u of review.unregistered) {
      expect(actorSchema.safeParse(loadYaml(u.yaml)).success).toBe(true);
      writeFileSync(path.join(content, u.file.replace(/^content\//, '')), u.yaml);
    }
    const registry = loadRegistry(content);
    const after = reviewArticle(inputOf(NILE, registry), registry);
    expect(after.unregistered).toEqual([]);
    const haddad = after.items.find((i) => i.id === 'q-every-season-without-a')!;
    expect(haddad.speaker).toMatchObject({ id: 'samira-haddad', registered: true });
    // the surname alias finds her later mentions too
    expect(after.items.find((i) => i.id === 'r-the-filling-of-the')!.speaker.id).toBe('samira-haddad');
  });

  test('a skeleton leaves out aliases the registry already claims', () => {
    const { yaml } = actorSkeleton({ name: 'Jane Kirby', paragraphs: [1] }, projectRegistry);
    expect((loadYaml(yaml) as { aliases: string[] }).aliases).toEqual(['Jane Kirby']);
  });
});

describe('markSpans', () => {
  test('cuts a paragraph into runs by the marks that cover them, overlaps included', () => {
    expect(
      markSpans('He said “we will wait” today.', [
        { start: 9, end: 21, mark: 'quote' },
        { start: 3, end: 7, mark: 'cue' },
        { start: 0, end: 2, mark: 'mention' },
        { start: 9, end: 11, mark: 'mention' },
      ]),
    ).toEqual([
      { text: 'He', marks: ['mention'] },
      { text: ' ', marks: [] },
      { text: 'said', marks: ['cue'] },
      { text: ' “', marks: [] },
      { text: 'we', marks: ['quote', 'mention'] },
      { text: ' will wait', marks: ['quote'] },
      { text: '” today.', marks: [] },
    ]);
  });
});

describe('the review page', () => {
  const analysis: Analysis = {
    file: 'x.md',
    paragraphs: [
      {
        index: 1,
        anchor: 'officials-said',
        text: 'Officials said “<img src=x onerror=alert(1)>”.',
        block: 0,
      },
    ],
    headings: [],
    spans: [],
    mentions: [],
    quotes: [
      quote({
        id: 'q-img-src-x',
        anchor: 'q-img-src-x',
        text: '<img src=x onerror=alert(1)>',
        parts: [{ paragraph: 1, start: 15, end: 43 }],
        speaker: { id: null, name: null, registered: false, description: 'officials' },
        confidence: 'low',
      }),
    ],
    unregistered: [],
    warnings: [],
  };
  const article = reviewArticle(
    { slug: 'x', title: 'A <b>title</b>', file: 'x.md', analysis, overrides: [] },
    { actors: [], conflicts: [] },
  );
  const html = renderReviewPage([article], {
    base: 'https://example.org',
    generated: new Date(0),
    source: 'a test',
  });

  test('escapes every text from the article', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>title');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  test('names an unnamed source, links to the place and keeps low confidence open for the editor', () => {
    expect(html).toContain('An unnamed source: officials');
    expect(html).toContain('href="https://example.org/articles/x/#q-img-src-x"');
    expect(html).toMatch(/<li class="item" id="x--q-img-src-x" data-status="low"[^>]*>[^]*<details open>/);
  });
});
