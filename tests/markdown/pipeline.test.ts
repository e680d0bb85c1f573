import { describe, expect, test } from 'vitest';
import { renderArticle } from '../../src/markdown/pipeline.ts';
import type { Registry } from '../../src/registry/schema.ts';

const registry: Registry = {
  actors: [
    { id: 'ruritania', name: 'Ruritania', kind: 'state', aliases: ['Ruritania', 'Ruritanian', 'Strelsau'] },
    {
      id: 'ada-byrne',
      name: 'Ada Byrne',
      kind: 'person',
      aliases: ['Ada Byrne', 'Byrne'],
      role: 'a trade analyst',
      gender: 'female',
    },
  ],
  conflicts: [{ id: 'border-war', name: 'Border war', kind: 'conflict', aliases: ['border war'] }],
};
const hrefFor = (type: 'actor' | 'conflict', id: string) => `/${type}s/${id}/`;
const render = (markdown: string, file = 'content/articles/test.md') =>
  renderArticle({ file, markdown, registry, hrefFor });

const markdown = [
  'Ruritania has closed its ports. Officials in Strelsau said the border war was over.',
  '',
  '## What Ruritania wants',
  '',
  '“We will reopen when the guns fall silent,” Byrne said, adding that Ruritania would wait.',
].join('\n');

describe('renderArticle', () => {
  test('links the first mention of an entity in a paragraph and marks the rest', async () => {
    const { html } = await render(markdown);
    const first = html.split('</p>')[0]!;
    expect(first).toContain(
      '<a class="mention" data-actor="ruritania" href="/actors/ruritania/">Ruritania</a>',
    );
    expect(first).toContain('<span class="mention" data-actor="ruritania">Strelsau</span>');
    expect(first).toContain('href="/conflicts/border-war/">border war</a>');
  });

  test('gives paragraphs text-derived ids, headings rehype-slug ids, and both permalinks', async () => {
    const { html, analysis, headings } = await render(markdown);
    const anchor = analysis.paragraphs[0]!.anchor;
    expect(anchor).toMatch(/^ruritania-has-closed/);
    expect(html).toContain(`<p id="${anchor}"`);
    expect(html).toContain(`href="#${anchor}" aria-label="Link to this paragraph"`);
    expect(headings).toEqual([{ depth: 2, slug: 'what-ruritania-wants', text: 'What Ruritania wants' }]);
    expect(html).toContain('<h2 id="what-ruritania-wants"');
    expect(html).toContain('aria-label="Link to section: What Ruritania wants"');
  });

  test('marks a quote with its own anchor, its speaker chip and a search title', async () => {
    const { html, analysis } = await render(markdown);
    const quote = analysis.quotes.find((q) => q.kind === 'direct')!;
    expect(quote.speaker.id).toBe('ada-byrne');
    expect(html).toContain(
      `<span class="quote" id="${quote.anchor}" data-quote="${quote.id}" data-speaker="ada-byrne" data-pagefind-title="Quote: Ada Byrne">“We will reopen`,
    );
    expect(html).toMatch(
      /silent,”<a class="speaker-chip" data-pagefind-ignore="" href="\/actors\/ada-byrne\/"><span class="sr-only">Quote by <\/span>Ada Byrne<\/a><\/span>/,
    );
  });

  test('keeps the text of every paragraph unchanged', async () => {
    const { html, analysis } = await render(markdown);
    const stripped = html
      .replace(/<span class="permalinks"[\s\S]*?<\/button><\/span>/g, '')
      .replace(/<a class="speaker-chip"[\s\S]*?<\/a>/g, '')
      .replace(/<[^>]+>/g, '');
    for (const p of analysis.paragraphs) expect(stripped).toContain(p.text);
  });

  test.each([
    ['<script>alert(1)</script>', /content\/articles\/evil\.md:3: a raw <script> is not allowed/],
    ['<div class="x">boxed</div>', /content\/articles\/evil\.md:3: raw HTML is not allowed/],
  ])('refuses raw HTML %s with the file, line and fix', async (raw, message) => {
    await expect(render(`First paragraph.\n\n${raw}\n`, 'content/articles/evil.md')).rejects.toThrow(message);
    await expect(render(`First paragraph.\n\n${raw}\n`, 'content/articles/evil.md')).rejects.toThrow(
      /Remove it, or write the content as plain Markdown/,
    );
  });
});

describe('renderArticle with source line breaks and markup', () => {
  test('marks mentions in a hard-wrapped paragraph with emphasis and a link', async () => {
    const { html, analysis } = await render(
      'Officials in *Strelsau*\nsaid [Ruritania](https://example.org)\nwould wait for Byrne.',
    );
    expect(analysis.paragraphs[0]!.text).toBe('Officials in Strelsau said Ruritania would wait for Byrne.');
    expect(html).toContain(
      '<a class="mention" data-actor="ruritania" href="/actors/ruritania/"><em>Strelsau</em></a>',
    );
    // A mention inside the author's own link is marked, never a link inside a link.
    expect(html).toContain(
      '<a href="https://example.org"><span class="mention" data-actor="ruritania">Ruritania</span></a>',
    );
    expect(html).toContain('data-actor="ada-byrne" href="/actors/ada-byrne/">Byrne</a>');
  });
});

test('a first mention inside an existing link becomes a mark, not a nested link', async () => {
  const { html } = await render('See [the Ruritanian view](https://example.org) on Ruritania.');
  expect(html).toContain(
    '<a href="https://example.org">the <span class="mention" data-actor="ruritania">Ruritanian</span> view</a>',
  );
  expect(html).toContain(
    'on <a class="mention" data-actor="ruritania" href="/actors/ruritania/">Ruritania</a>',
  );
});

describe('anchor aliases', () => {
  test('an old anchor lands on the paragraph that replaced it', async () => {
    const { html, analysis } = await renderArticle({
      file: 'content/articles/a.md',
      markdown: 'Ruritania has closed its ports.',
      registry,
      hrefFor,
      aliases: { 'ruritania-closed-its-ports': 'ruritania-has-closed-its-ports' },
    });
    expect(analysis.paragraphs[0]!.anchor).toBe('ruritania-has-closed-its-ports');
    expect(html).toContain(
      '<p id="ruritania-has-closed-its-ports" data-block="0" data-pagefind-title="¶1: Ruritania has closed its ports."><span id="ruritania-closed-its-ports" class="anchor-alias"></span>',
    );
  });
});

describe('reported speech', () => {
  test('a reported clause gets its own anchor, wrapping a direct quote inside it', async () => {
    const { html, analysis } = await render('Byrne said that Ruritania would “never give in” to pressure.');
    const reported = analysis.quotes.find((q) => q.kind === 'reported')!;
    expect(reported.speaker.id).toBe('ada-byrne');
    expect(html).toContain(`<span class="reported" id="${reported.anchor}"`);
    expect(html).toMatch(
      new RegExp(`id="${reported.anchor}"[^>]*>[^]*<span class="quote" id="q-never-give-in"`),
    );
  });
});

describe('search sections', () => {
  test('words after a quote go back under the paragraph title, not the quote', async () => {
    const { html } = await render('“We will wait,” Byrne said, and Ruritania closed its ports on Monday.');
    expect(html).toMatch(
      /<\/span><span id="q-we-will-wait-after" class="section-resume" data-pagefind-title="¶1: “We will wait,” Byrne said, and Ruritania closed…"><\/span> <a class="mention"/,
    );
  });
  test('no marker when only punctuation follows', async () => {
    const { html } = await render('Byrne said it was “over”.');
    expect(html).not.toContain('-after"');
  });
});
