import { describe, expect, test } from 'vitest';
import { renderArticle } from '../../src/markdown/pipeline.ts';
import { unsafeUrlReason, urlScheme } from '../../src/markdown/safe-url.ts';
import { articleFrontmatterSchema } from '../../src/registry/schema.ts';

const registry = { actors: [], conflicts: [] };
const hrefFor = (type: 'actor' | 'conflict', id: string) => `/${type}s/${id}/`;
const render = (markdown: string, lineOffset = 0) =>
  renderArticle({ file: 'content/articles/x.md', markdown, registry, hrefFor, lineOffset });

describe('urlScheme reads a URL the way a browser does', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['https://example.org/', 'https'],
    ['/articles/x/', null],
    ['#q-everything', null],
    ['page?x=a:b', null],
  ])('%j -> %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
});

describe('unsafeUrlReason', () => {
  test.each([
    'https://example.org/a',
    'http://example.org',
    'mailto:desk@example.org',
    '/actors/iran/',
    '#p',
    'x/y',
  ])('a link to %s is allowed', (url) => expect(unsafeUrlReason(url, 'link')).toBeNull());
  test.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
  ])('a link to %s is refused', (url) =>
    expect(unsafeUrlReason(url, 'link')).toMatch(/a link may use http:, https:, mailto: or a relative URL/),
  );
  test.each([
    'https://tracker.example/x.png',
    '//cdn.example/x.png',
    'javascript:alert(1)',
    'data:image/svg+xml,<svg/>',
  ])('an image from %s is refused', (url) =>
    expect(unsafeUrlReason(url, 'image')).toMatch(/an image must be a file of this site/),
  );
  test('a local image is allowed', () => expect(unsafeUrlReason('/images/map.png', 'image')).toBeNull());
});

describe('the pipeline refuses unsafe URLs with the file and its line', () => {
  test.each([
    ['an inline link', 'Text.\n\n[click](javascript:alert(1))\n', 3],
    ['mixed case', 'Text.\n\n[click](JaVaScRiPt:alert(1))\n', 3],
    ['an autolink', 'Text.\n\n<javascript:alert(1)>\n', 3],
    ['a reference link', 'Text [click][x].\n\n[x]: javascript:alert(1)\n', 3],
    ['an entity-encoded scheme', 'Text [click](&#x6A;avascript:alert(1)).\n', 1],
    ['a data: link', 'Text [click](data:text/html;base64,PHNjcmlwdD4=).\n', 1],
    ['a javascript: image', 'Text ![x](javascript:alert(1)).\n', 1],
    ['an external image', 'Text ![x](https://tracker.example/p.png).\n', 1],
    ['an angle-bracket destination', 'Text [x](<javascript:alert(1)>).\n', 1],
    ['a tab written as an entity', 'Text [x](java&#09;script:alert(1)).\n', 1],
    ['a colon written as an entity', 'Text [x](javascript&colon;alert(1)).\n', 1],
    ['decimal entities and a title', 'Text [x](&#106;&#97;vascript:alert(1) "t").\n', 1],
    ['spaces around the destination', 'Text [x]( javascript:alert(1) ).\n', 1],
    ['an upper-case autolink', 'Text <JAVASCRIPT:alert(1)>.\n', 1],
    ['a link in a heading', '## See [x](javascript:alert(1))\n\nText.\n', 1],
    ['a link in a list', '- a [x](javascript:alert(1))\n\nText.\n', 1],
    ['a vbscript: link in a blockquote', '> Quote [x](vbscript:x).\n', 1],
    ['an external image by reference', 'Text ![x][img].\n\n[img]: https://tracker.example/p.png\n', 3],
    [
      'a definition shared by a link and an image',
      'Text [x][r] and ![y][r].\n\n[r]: https://example.org/p.png\n',
      3,
    ],
    ['a data: image', 'Text ![x](data:image/png;base64,AAAA).\n', 1],
  ])('%s', async (_name, markdown, line) => {
    await expect(render(markdown)).rejects.toThrow(new RegExp(`^content/articles/x\\.md:${line}: `));
  });

  test('lines count from the top of the file, frontmatter included', async () => {
    await expect(render('Text [click](javascript:alert(1)).\n', 6)).rejects.toThrow(
      /x\.md:7: a link may use/,
    );
  });

  test('percent-encoded or backslashed schemes are only paths on this site', async () => {
    const { html } = await render('Text [a](%6Aavascript:alert(1)) and [b](/\\evil.example/).\n');
    expect(html).toContain('href="%6Aavascript:alert(1)"');
    expect(html).toContain('href="/%5Cevil.example/"');
  });

  test('safe links render as written', async () => {
    const { html } = await render('See [the report](https://example.org/r) and [Iran](/actors/iran/).\n');
    expect(html).toContain('href="https://example.org/r"');
    expect(html).toContain('href="/actors/iran/"');
  });
});

describe('sourceUrl', () => {
  const base = {
    title: 'A headline of some length',
    description: 'One or two sentences, likewise.',
    published: '2024-01-01',
    source: 'Desk',
  };
  test.each(['javascript:alert(1)', 'JAVASCRIPT://x/%0aalert(1)', 'data:text/html,x', 'ftp://example.org/a'])(
    '%s is refused',
    (url) => {
      const result = articleFrontmatterSchema.safeParse({ ...base, sourceUrl: url });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/sourceUrl must be an absolute http\(s\) URL/);
    },
  );
  test('an https URL is accepted', () => {
    expect(
      articleFrontmatterSchema.safeParse({ ...base, sourceUrl: 'https://www.trtworld.com/a' }).success,
    ).toBe(true);
  });
});
