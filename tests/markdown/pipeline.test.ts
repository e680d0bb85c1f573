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

/** A first mention as rendered: its words plain, then again as the link the analysis layer shows. */
const linked = (id: string, words: string, href = `/actors/${id}/`) =>
  `<span class="mention" data-actor="${id}"><span class="mention-text">${words}</span><a class="mention-link" href="${href}" data-pagefind-ignore="">${words}</a></span>`;

/** The text a reader sees with the analysis layer off: UI, speaker notes and link copies removed. */
function readerText(html: string): string {
  return html
    .replace(/<span class="permalinks"[\s\S]*?<\/button><\/span>/g, '')
    .replace(/<button type="button" class="speaker-marker"[\s\S]*?<\/button>/g, '')
    .replace(/<span id="who-[^"]*"[^>]*>(?:<span[^>]*>[^<]*<\/span>|<a[^>]*>[^<]*<\/a>|[^<])*<\/span>/g, '')
    .replace(/<a class="mention-link"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, '');
}

const markdown = [
  'Ruritania has closed its ports. Officials in Strelsau said the border war was over.',
  '',
  '## What Ruritania wants',
  '',
  '“We will reopen when the guns fall silent,” Byrne said, adding that Ruritania would wait.',
].join('\n');

describe('renderArticle', () => {
  test('links the first mention of an entity in a paragraph (a second copy, for the layer) and marks the rest', async () => {
    const { html } = await render(markdown);
    const first = html.split('</p>')[0]!;
    expect(first).toContain(linked('ruritania', 'Ruritania'));
    expect(first).toContain('<span class="mention" data-actor="ruritania">Strelsau</span>');
    expect(first).toContain(
      '<span class="mention-text">border war</span><a class="mention-link" href="/conflicts/border-war/" data-pagefind-ignore="">border war</a>',
    );
    // Only one link per entity and paragraph.
    expect(first.match(/href="\/actors\/ruritania\/"/g)).toHaveLength(1);
  });

  test('never marks a heading', async () => {
    const { html } = await render(markdown);
    const heading = /<h2[^>]*>[\s\S]*?<\/h2>/.exec(html)![0];
    expect(heading).toMatch(
      /^<h2 id="what-ruritania-wants"[^>]*>What Ruritania wants<span class="permalinks"/,
    );
    expect(heading).not.toContain('mention');
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

  test('marks a quote with its own anchor and a search title; its speaker opens it (named again for the index only) and a marker closes it', async () => {
    const { html, analysis } = await render(markdown);
    const quote = analysis.quotes.find((q) => q.kind === 'direct')!;
    expect(quote.speaker.id).toBe('ada-byrne');
    expect(quote.confidence).toBe('high');
    expect(html).toContain(
      `<span class="quote" id="${quote.anchor}" data-quote="${quote.id}" data-speaker="ada-byrne" data-pagefind-title="Quote: Ada Byrne">` +
        `<span id="who-${quote.anchor}" popover="auto" data-pagefind-ignore="" class="speaker-note">` +
        '<span class="speaker-lead">Said by </span><a class="speaker-name" href="/actors/ada-byrne/">Ada Byrne</a></span>' +
        // the quote's search sub-result answers its speaker's name (scripts/lib/index-markup.ts strips it after)
        '<span hidden data-pagefind-weight="10">Ada Byrne</span>“We will reopen',
    );
    // The marker follows the closing quotation mark, outside the sentence's words, and opens the note.
    expect(html).toContain(
      `silent,”<button type="button" class="speaker-marker" popovertarget="who-${quote.anchor}" aria-label="Said by Ada Byrne" data-pagefind-ignore="">`,
    );
  });

  test('keeps the text of every paragraph unchanged', async () => {
    const { html, analysis } = await render(markdown);
    const stripped = readerText(html);
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
    expect(html).toContain(linked('ruritania', '<em>Strelsau</em>'));
    // A mention inside the author's own link is marked, never a link inside a link.
    expect(html).toContain(
      '<a href="https://example.org"><span class="mention" data-actor="ruritania">Ruritania</span></a>',
    );
    expect(html).toContain(linked('ada-byrne', 'Byrne'));
  });
});

test('a first mention inside an existing link becomes a mark, not a nested link', async () => {
  const { html } = await render('See [the Ruritanian view](https://example.org) on Ruritania.');
  expect(html).toContain(
    '<a href="https://example.org">the <span class="mention" data-actor="ruritania">Ruritanian</span> view</a>',
  );
  expect(html).toContain(`on ${linked('ruritania', 'Ruritania')}`);
});

describe('attributions the analysis is not sure of', () => {
  // "she" could be either woman: the corpus the model learned on cannot judge a pronoun's person, so a
  // pronoun with another woman named just before it is never shown as fact
  const text = [
    'Ms. Mira Holt spoke first in Strelsau on Monday. Ada Byrne, a trade analyst, spoke next.',
    '',
    '“We will wait until the guns fall silent,” she said.',
  ].join('\n');

  test('read as uncertain, in words, in the note and on the marker', async () => {
    const { html, analysis } = await render(text);
    const quote = analysis.quotes.find((q) => q.kind === 'direct')!;
    expect(quote.evidence?.how).toBe('pronoun');
    expect(quote.confidence).not.toBe('high');
    const note = new RegExp(
      `<span id="who-${quote.anchor}"[^>]*class="speaker-note speaker-note--uncertain">`,
    );
    expect(html).toMatch(note);
    expect(html).toContain(
      '<span class="speaker-lead">Probably said by </span><a class="speaker-name" href="/actors/ada-byrne/">Ada Byrne</a><span class="speaker-how"> (attributed by pronoun; uncertain)</span>',
    );
    expect(html).toContain('aria-label="Probably said by Ada Byrne, attributed by pronoun; uncertain"');
    expect(html).not.toContain('>Said by ');
  });

  test('an unnamed source reads as one', async () => {
    const { html, analysis } = await render(
      '“The ports will stay shut,” officials in Strelsau said on Monday.',
    );
    const quote = analysis.quotes.find((q) => q.kind === 'direct')!;
    expect(quote.speaker.name).toBeNull();
    expect(quote.speaker.description).toBe('officials in Strelsau');
    expect(html).toContain('<span class="speaker-name">officials in Strelsau</span>');
    expect(html).toMatch(/<span class="speaker-how"> \(an unnamed source[;)]/);
  });

  test('a quote without a speaker says so', async () => {
    const { html } = await render('“Nobody can say when the ports will open.”');
    expect(html).toMatch(/class="speaker-note speaker-note--unknown">Speaker not identified<\/span>/);
    expect(html).toContain('aria-label="Speaker not identified"');
  });
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
      '<p id="ruritania-has-closed-its-ports" data-block="0" data-pagefind-title="Paragraph 1"><span id="ruritania-closed-its-ports" class="anchor-alias"></span>',
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
      /<\/button><\/span><span id="q-we-will-wait-after" class="section-resume" data-pagefind-title="Paragraph 1"><\/span> <span class="mention"/,
    );
  });
  test('no marker when only punctuation follows', async () => {
    const { html } = await render('Byrne said it was “over”.');
    expect(html).not.toContain('-after"');
  });
});
