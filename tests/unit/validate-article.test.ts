/**
 * Reading an article never changes or drops what the editor wrote without a word: each case is a
 * small article source, and the test asserts the message names the file, its line, the field and the fix.
 */
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_SIZE_LIMIT,
  placeOverrideError,
  readArticleSource,
} from '../../src/registry/validate-article.ts';
import { extractBlocks } from '../../src/markdown/extract.ts';
import { analyzeForPage } from '../../src/markdown/page-ids.ts';
import { projectRegistry } from './helpers.ts';
import { firstInvalidByte } from '../../src/registry/utf8.ts';
import { calendarDate } from '../../src/registry/dates.ts';

const file = 'content/articles/2024-01-01-x.md';
const now = new Date('2026-11-25T12:00:00Z');
const read = (source: string | Uint8Array) => readArticleSource(source, file, { now });
const fails = (source: string | Uint8Array) => {
  try {
    read(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the article to be refused');
};

/** An article with these frontmatter lines after the title (line 2), and a body. */
const article = (fields: string[], body = 'Officials met in Strelsau on Monday.\n') =>
  [
    '---',
    'title: "A test article about Ruritania"',
    'description: "A test article used to check that bad input fails the build."',
    ...fields,
    '---',
    '',
    body,
  ].join('\n');
const valid = ['published: 2024-01-01', 'source: Test'];

describe('a valid article', () => {
  test('reads its frontmatter and its body, and knows the body starts after the frontmatter', () => {
    const a = read(article(valid));
    expect(a.data.published).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(a.body.trim()).toBe('Officials met in Strelsau on Monday.');
    expect(a.lineOffset).toBe(6);
    expect(a.lineOf(['source'])).toBe(5);
  });

  test('Windows line endings and a byte-order mark read the same', () => {
    const crlf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(article(valid).replace(/\n/g, '\r\n')),
    ]);
    expect(read(crlf).data.source).toBe('Test');
  });

  test('a date and time with its zone is one instant', () => {
    expect(read(article(['published: 2024-01-01T09:30:00+03:00', 'source: Test'])).data.published).toEqual(
      new Date('2024-01-01T06:30:00Z'),
    );
  });
});

describe('impossible dates', () => {
  test.each([
    [
      '2023-02-30',
      /published "2023-02-30" is not in the calendar \(February 2023 has 28 days\): write a real date/,
    ],
    ['2024-02-30', /February 2024 has 29 days/],
    ['2023-13-01', /published "2023-13-01" has no month 13/],
    ['2023-04-31', /April 2023 has 30 days/],
    ['15/12/2023', /published "15\/12\/2023" is not a date in the form YYYY-MM-DD/],
    ['2023-12-15T10:00', /has a time but no time zone \(add "Z" for UTC/],
    ['2023-12-15T25:00Z', /has no such time of day/],
  ])('published: %s fails at its line', (date, message) => {
    const text = fails(article([`published: ${date}`, 'source: Test']));
    expect(text).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:4: field "published": `));
    expect(text).toMatch(message);
  });

  test('a leap day is a date', () => {
    expect(calendarDate('2024-02-29')).toEqual(new Date(Date.UTC(2024, 1, 29)));
  });
});

describe('unknown keys', () => {
  test.each([
    ['sourceurl: https://example.org/a', 'sourceurl', 'sourceUrl'],
    ['tittle: x', 'tittle', 'title'],
    ['colour: red', 'colour', null],
    ['date: 2024-01-01', 'date', 'published'],
    ['tag: [Russia]', 'tag', 'tags'],
  ])('%s is refused with its line and a did-you-mean', (line, key, meant) => {
    const text = fails(article([...valid, line]));
    expect(text).toContain(`${file}:6: field "${key}" is not a field this file can have`);
    if (meant) expect(text).toContain(`(did you mean "${meant}"?): rename it to "${meant}"`);
    else expect(text).toMatch(/remove it, or use one of: title, description, published/);
  });

  test('a misspelt key inside a quote override names the override', () => {
    const text = fails(article([...valid, 'quotes:', '  - quote: q-we-will-wait', '    speker: john-kirby']));
    expect(text).toContain(
      `${file}:8: field "quotes.0.speker" is not a field this file can have (did you mean "speaker"?)`,
    );
  });
});

describe('schema errors name the line of the field in the file', () => {
  test.each([
    ['a missing field', ['published: 2024-01-01'], 2, 'source', /source is required, e\.g\. "TRT World"/],
    ['a short title', [...valid], null, 'title', /title is too short/],
    [
      'a tag that is not text',
      [...valid, 'tags:', '  - Russia', '  - [a, b]'],
      8,
      'tags.1',
      /a tag must be text/,
    ],
    [
      'a javascript: sourceUrl',
      [...valid, 'sourceUrl: "javascript:alert(1)"'],
      6,
      'sourceUrl',
      /sourceUrl must be an absolute http\(s\) URL/,
    ],
    ['a data: sourceUrl', [...valid, 'sourceUrl: "data:text/html,x"'], 6, 'sourceUrl', /http\(s\)/],
    [
      'an override with neither speaker nor scare',
      [...valid, 'quotes:', '  - quote: q-x'],
      7,
      'quotes.0',
      /needs "speaker: <actor-id>" or "scare: true"/,
    ],
    [
      'a flag that is not true or false',
      [...valid, 'allowFutureDate: yes'],
      6,
      'allowFutureDate',
      /must be true or false/,
    ],
  ])('%s', (_name, fields, line, field, message) => {
    const source =
      field === 'title'
        ? article(fields).replace('A test article about Ruritania', 'Short')
        : article(fields);
    const text = fails(source);
    expect(text).toContain(`${file}:${line ?? 2}: field "${field}": `);
    expect(text).toMatch(message);
  });
});

describe('YAML syntax errors name the line where the fault is', () => {
  test.each([
    [
      'an unclosed quote',
      'title: "Unclosed',
      2,
      /Missing closing "quote\. Fix: close the quote on this line/,
    ],
    [
      'a key written twice',
      'source: Test\nsource: Other',
      6,
      /a key is written twice.*Fix: keep one of the two lines/,
    ],
    [
      'a list item out of line',
      'tags:\n  - a\n - b',
      7,
      /Fix: fix the YAML between the two "---" lines: indent/,
    ],
  ])('%s', (_name, yaml, line, message) => {
    const source = `---\n${yaml.startsWith('title') ? yaml : `title: "A test article about Ruritania"\ndescription: "A test article used to check that bad input fails."\npublished: 2024-01-01\n${yaml}`}\n---\n\nText.\n`;
    const text = fails(source);
    expect(text).toMatch(
      new RegExp(`^${file.replace(/[.]/g, '\\.')}:${line}: the frontmatter is not valid YAML`),
    );
    expect(text).toMatch(message);
  });

  test('a file with no frontmatter, or one never closed', () => {
    expect(fails('Just text.\n')).toMatch(
      /:1: the file has no frontmatter\. Fix: begin it with a line "---"/,
    );
    expect(fails('---\ntitle: x\n\nText.\n')).toMatch(
      /:1: the frontmatter that opens on line 1 is never closed/,
    );
  });
});

describe('invalid UTF-8', () => {
  test('names the byte offset and the line', () => {
    const bytes = Buffer.concat([
      Buffer.from(article(valid, 'Officials met in ')),
      Buffer.from([0xe9]),
      Buffer.from('Strelsau.\n'),
    ]);
    const offset = bytes.indexOf(0xe9);
    expect(fails(bytes)).toMatch(
      new RegExp(
        `:8: not valid UTF-8 at byte ${offset} \\(bytes E9 53 74 72\\)\\. Fix: save the file as UTF-8`,
      ),
    );
  });

  test.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0x61, 0xc0, 0xaf], 1],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a sequence cut short', [0x61, 0x62, 0xe2, 0x82], 2],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s is found', (_name, bytes, offset) => {
    expect(firstInvalidByte(Uint8Array.from(bytes))).toBe(offset);
  });

  test('valid text of every width passes', () => {
    expect(firstInvalidByte(Buffer.from('a é € 𝄞'))).toBe(-1);
  });
});

describe('nothing publishes by accident', () => {
  test('an empty body fails at the line where the body should start', () => {
    expect(fails(article(valid, '\n\n'))).toMatch(
      new RegExp(
        `^${file.replace(/[.]/g, '\\.')}:7: the article has no paragraphs .* Fix: put the article text below the frontmatter`,
      ),
    );
  });

  test('a future date fails unless the frontmatter allows it', () => {
    const future = ['published: 2099-01-01', 'source: Test'];
    expect(fails(article(future))).toMatch(
      /:4: field "published": 2099-01-01 is after today \(2026-11-25\).*Fix: correct the date, or add "allowFutureDate: true"/,
    );
    expect(read(article([...future, 'allowFutureDate: true'])).data.published.getUTCFullYear()).toBe(2099);
  });

  test('today in the earliest time zone is not the future', () => {
    expect(() => read(article(['published: 2026-11-26', 'source: Test']))).not.toThrow();
    expect(fails(article(['published: 2026-11-27', 'source: Test']))).toMatch(/is after today/);
  });

  test('an update before publication fails', () => {
    expect(fails(article([...valid, 'updated: 2023-12-31']))).toMatch(
      /:6: field "updated": 2023-12-31 is before "published" \(2024-01-01\)\. Fix: correct one of the two dates\./,
    );
  });

  test('an article over the size limit fails unless the frontmatter allows it', () => {
    const paragraph = 'Officials met in Strelsau on Monday and talked about the river for a long time.\n\n';
    const big = paragraph.repeat(Math.ceil(ARTICLE_SIZE_LIMIT / paragraph.length) + 1);
    expect(fails(article(valid, big))).toMatch(
      /:1: the file is \d+ KB, above the 512 KB limit for an article .*add "allowLargeArticle: true"/,
    );
    expect(() => read(article([...valid, 'allowLargeArticle: true'], big))).not.toThrow();
  });

  test('every problem in a file is listed, not only the first', () => {
    const text = fails(article(['published: 2099-01-01', 'source: Test', 'updated: 2098-01-01'], ''));
    expect(text.split('\n')).toHaveLength(4);
  });
});

describe('quote overrides the analysis cannot apply', () => {
  const run = (fields: string[]) => {
    const a = read(article([...valid, ...fields], '“We will wait,” John Kirby said.\n'));
    try {
      analyzeForPage({ file, blocks: extractBlocks(a.body), overrides: a.data.quotes }, projectRegistry);
    } catch (error) {
      return placeOverrideError((error as Error).message, file, a.data.quotes, a.lineOf);
    }
    throw new Error('expected the override to be refused');
  };

  test('an unknown speaker is placed at the speaker line', () => {
    expect(run(['quotes:', '  - quote: q-we-will-wait', '    speaker: kirbi'])).toMatch(
      /:8: quote override 'q-we-will-wait' names unknown actor 'kirbi' \(did you mean 'john-kirby'\?\)/,
    );
  });

  test('a quote that matches nothing is placed at the quote line', () => {
    expect(run(['quotes:', '  - quote: q-something-else', '    scare: true'])).toMatch(
      /:7: quote override 'q-something-else' matches no quote/,
    );
  });
});

describe('for analysis alone (the analyze CLI, the review desk) only the title is required', () => {
  const analysis = (source: string) => readArticleSource(source, file, { now, purpose: 'analysis' });

  test('an article with just a title is read', () => {
    const a = analysis('---\ntitle: "Harbour talks resume in Strelsau"\n---\n\nOfficials met on Monday.\n');
    expect(a.data.title).toBe('Harbour talks resume in Strelsau');
    expect(a.body.trim()).toBe('Officials met on Monday.');
  });

  test('publishing the same article still needs its description, date and source', () => {
    expect(() => read('---\ntitle: "Harbour talks resume in Strelsau"\n---\n\nOfficials met.\n')).toThrow(
      /field "description"[^]*field "published"[^]*field "source"/,
    );
  });

  test('without a title it fails with the line, field and fix; fields present are still checked', () => {
    expect(() => analysis('---\nsource: Test\n---\n\nText.\n')).toThrow(
      /:2: field "title": title is required/,
    );
    expect(() =>
      analysis('---\ntitle: "Harbour talks resume"\npublished: 2023-02-30\n---\n\nText.\n'),
    ).toThrow(/published/);
  });
});
