/** Article URLs: file names that can be URLs, no case-only clashes, and published URLs that never vanish silently. */
import { describe, expect, test } from 'vitest';
import { checkSlugs } from '../../src/registry/article-files.ts';
import { checkPublishedUrls, lockLine, redirectMap } from '../../src/lib/published-urls.ts';

const file = (slug: string, dir = 'content/articles') => ({ rel: `${dir}/${slug}.md`, slug });

describe('checkSlugs', () => {
  test('distinct, well-formed names pass', () => {
    expect(checkSlugs([file('2023-12-15-russia-iran-gaza'), file('2024-01-01-other')])).toEqual([]);
  });

  test('names that differ only in case fail, naming both files', () => {
    const [problem] = checkSlugs([file('2024-01-01-Gaza-talks'), file('2024-01-01-gaza-talks', 'extra')]);
    expect(problem).toBe(
      'extra/2024-01-01-gaza-talks.md:1: "2024-01-01-gaza-talks" differs only in case from "2024-01-01-Gaza-talks" ' +
        '(content/articles/2024-01-01-Gaza-talks.md): the two URLs would clash. Fix: rename one so the names differ in more than case.',
    );
  });

  test('the same name in two folders fails', () => {
    expect(checkSlugs([file('a-b'), file('a-b', 'extra')]).join('\n')).toMatch(
      /^extra\/a-b\.md:1: the URL \/articles\/a-b\/ is already taken by content\/articles\/a-b\.md\. Fix: rename one/,
    );
  });

  test.each(['my article', 'café', 'a--b', '-a', 'a/b'])('the file name %j cannot be a URL', (slug) => {
    expect(checkSlugs([file(slug)]).join('\n')).toMatch(
      /cannot be a URL\. Fix: rename it to letters, digits and hyphens/,
    );
  });

  test('an old slug that clashes with an article, or differs from one only in case, fails where it is declared', () => {
    const files = [file('2024-01-01-new'), file('2024-01-01-other')];
    expect(
      checkSlugs(files, [{ slug: '2024-01-01-other', where: 'content/articles/2024-01-01-new.md:7' }]),
    ).toEqual([
      'content/articles/2024-01-01-new.md:7: the URL /articles/2024-01-01-other/ is already taken by content/articles/2024-01-01-other.md. Fix: rename one; the file name is the URL.',
    ]);
    expect(
      checkSlugs(files, [{ slug: '2024-01-01-New', where: 'content/articles/2024-01-01-other.md:8' }]).join(
        '\n',
      ),
    ).toMatch(/other\.md:8: "2024-01-01-New" differs only in case from "2024-01-01-new"/);
  });
});

describe('checkPublishedUrls', () => {
  const lock = { '2023-12-15-russia-iran-gaza': ['a', 'b', 'c'], '2024-01-01-other': ['d'] };
  const lockText = `${JSON.stringify(lock, null, 2)}\n`;
  const LOCK = 'content/anchors.lock.json';

  test('every locked article present: no problem', () => {
    const articles = Object.keys(lock).map((slug) => ({ slug, redirectFrom: [] }));
    expect(checkPublishedUrls(LOCK, lockText, lock, articles)).toEqual([]);
  });

  test('a renamed article without a redirect fails at the lock line, with the new name and both fixes', () => {
    const articles = [
      { slug: '2023-12-15-russia-iran-gaza-war', redirectFrom: [] },
      { slug: '2024-01-01-other', redirectFrom: [] },
    ];
    expect(checkPublishedUrls(LOCK, lockText, lock, articles)).toEqual([
      'content/anchors.lock.json:2: the published article "2023-12-15-russia-iran-gaza" (/articles/2023-12-15-russia-iran-gaza/) ' +
        'has no file any more, so its URL and its 3 anchors would stop working. Fix: if you renamed it (to ' +
        '2023-12-15-russia-iran-gaza-war.md?), add "redirectFrom: [2023-12-15-russia-iran-gaza]" to the new file\'s ' +
        'frontmatter; if you deleted it on purpose, retire its URL with `npm run anchors:lock -- --drop`.',
    ]);
  });

  test('a deleted article fails too, at its own line', () => {
    const articles = [{ slug: '2023-12-15-russia-iran-gaza', redirectFrom: [] }];
    expect(checkPublishedUrls(LOCK, lockText, lock, articles).join('\n')).toMatch(
      /^content\/anchors\.lock\.json:7: the published article "2024-01-01-other" .* Fix: if you renamed it, add/,
    );
  });

  test('a declared redirect keeps the old URL published', () => {
    const articles = [
      { slug: '2023-12-15-russia-iran-gaza-war', redirectFrom: ['2023-12-15-russia-iran-gaza'] },
      { slug: '2024-01-01-other', redirectFrom: [] },
    ];
    expect(checkPublishedUrls(LOCK, lockText, lock, articles)).toEqual([]);
    expect(redirectMap(articles).get('2023-12-15-russia-iran-gaza')).toBe('2023-12-15-russia-iran-gaza-war');
  });

  test('lockLine finds a slug key, not the same words inside an anchor list', () => {
    expect(lockLine('{\n  "a": ["b"],\n  "b": []\n}\n', 'b')).toBe(3);
    expect(lockLine('{}', 'x')).toBeUndefined();
  });
});
