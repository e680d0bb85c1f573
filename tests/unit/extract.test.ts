import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractBlocks, parseArticleFile } from '../../src/markdown/extract.ts';

const tmp = (name: string, body: string) => {
  const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'art-')), name);
  fs.writeFileSync(f, body);
  return f;
};
const FM =
  '---\ntitle: "A headline of some length"\ndescription: "One sentence about what the article says."\npublished: 2024-01-02\nsource: Wire\n---\n';

describe('markdown extraction', () => {
  test('paragraphs, blockquote paragraphs and h2+ headings; lists and h1 skipped; inline markup removed', () => {
    const blocks = extractBlocks(
      '# Title\n\nFirst *para* with [a link](http://x).\n\n## Sub\n\n> Quoted para.\n\n- a list item\n\nLast\nline.\n',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First para with a link.' },
      { kind: 'heading', text: 'Sub', depth: 2 },
      { kind: 'paragraph', text: 'Quoted para.' },
      { kind: 'paragraph', text: 'Last line.' },
    ]);
  });

  test('parseArticleFile validates the frontmatter', () => {
    const f = tmp('ok.md', FM + '\nBody.\n');
    const a = parseArticleFile(f, 'ok.md');
    expect(a.frontmatter.source).toBe('Wire');
    expect(a.blocks).toEqual([{ kind: 'paragraph', text: 'Body.' }]);
  });

  test('a missing field names the file and the field', () => {
    const f = tmp(
      'bad.md',
      '---\ntitle: "A headline of some length"\npublished: 2024-01-02\nsource: Wire\n---\nBody.\n',
    );
    expect(() => parseArticleFile(f, 'content/articles/bad.md')).toThrow(
      /content\/articles\/bad\.md:2: field "description": description is required/,
    );
  });

  test('malformed YAML names the file and the line', () => {
    const f = tmp('bad.md', '---\ntitle: "A headline\ndescription: [x\n---\nBody.\n');
    expect(() => parseArticleFile(f, 'bad.md')).toThrow(
      /^bad\.md:2: the frontmatter is not valid YAML \(column 8\): Missing closing "quote\. Fix: close the quote/,
    );
  });
});
