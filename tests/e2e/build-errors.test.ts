/**
 * Bad input stops the build with a message naming the file, the field and the fix,
 * and nothing is half-published. Each case builds the site with one bad article added.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

function buildWith(
  name: string,
  markdown: string,
  env: Record<string, string | undefined> = {},
  more: Record<string, string> = {},
): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bad-article-'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'bad-dist-'));
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries({ [name]: markdown, ...more }))
    writeFileSync(path.join(dir, file), text);
  const all: NodeJS.ProcessEnv = {
    ...process.env,
    EXTRA_ARTICLE_DIRS: dir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  };
  for (const [key, value] of Object.entries(all)) if (value === undefined) delete all[key];
  const result = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: all, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  // eslint-disable-next-line no-control-regex -- terminal colour codes
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const good = (extra = '') =>
  `---\ntitle: "A test article about Ruritania"\ndescription: "A test article used to check that bad input fails the build."\npublished: 2024-01-01\nsource: Test${extra}\n---\n\n`;

describe('the build refuses bad input', () => {
  test.each([
    [
      'malformed frontmatter',
      '2024-01-01-bad-yaml.md',
      '---\ntitle: "Unclosed\ndescription: x\n---\n\nText.\n',
      [/2024-01-01-bad-yaml\.md:2: the frontmatter is not valid YAML/, /Fix: close the quote on this line/],
    ],
    [
      'a missing field',
      '2024-01-01-no-source.md',
      '---\ntitle: "A test article about Ruritania"\ndescription: "A test article used to check that bad input fails the build."\npublished: 2024-01-01\n---\n\nText.\n',
      [/2024-01-01-no-source\.md:2: field "source": source is required, e\.g\. "TRT World"/],
    ],
    [
      'a quote override naming an unknown actor',
      '2024-01-01-bad-override.md',
      `${good('\nquotes:\n  - quote: q-we-will-wait\n    speaker: kirbi')}“We will wait,” he said.\n`,
      [
        /2024-01-01-bad-override\.md:8: quote override 'q-we-will-wait' names unknown actor 'kirbi' \(did you mean 'john-kirby'\?\)/,
      ],
    ],
    [
      'raw script in Markdown',
      '2024-01-01-script.md',
      `${good()}First paragraph.\n\n<script>alert(1)</script>\n`,
      [/2024-01-01-script\.md:10: a raw <script> is not allowed/, /Remove it/],
    ],
    [
      'an unsafe link, at its line in the file',
      '2024-01-01-js-link.md',
      `${good()}First paragraph.\n\nSee [the report](JaVaScRiPt:alert(1)).\n`,
      [
        /2024-01-01-js-link\.md:10: a link may use http:, https:, mailto: or a relative URL, not "javascript:"/,
      ],
    ],
    [
      "a misspelt frontmatter key: a schema error with its line, never Astro's :0:0",
      '2024-01-01-typo.md',
      `${good('\nsourceurl: https://example.org/a')}Text.\n`,
      [
        /2024-01-01-typo\.md:6: field "sourceurl" is not a field this file can have \(did you mean "sourceUrl"\?\)/,
      ],
    ],
    [
      'an alias that duplicates an anchor',
      '2024-01-01-dup-anchor.md',
      `${good('\nanchors:\n  first-paragraph-here: second-one-here')}First paragraph here.\n\nSecond one here.\n`,
      [/2024-01-01-dup-anchor\.md:7: field "anchors": alias 'first-paragraph-here' duplicates an anchor/],
    ],
    [
      'an empty byline',
      '2024-01-01-no-author.md',
      `${good('\nauthor: []')}Text.\n`,
      [/2024-01-01-no-author/, /author must list at least one name, or be left out to credit the source/],
    ],
  ])('%s', (_name, file, markdown, messages) => {
    const { status, output } = buildWith(file as string, markdown as string);
    expect(status).not.toBe(0);
    for (const m of messages as RegExp[]) expect(output).toMatch(m);
    expect(output).not.toMatch(/InvalidContentEntryDataError|:0:0/);
  });

  test('two slugs that differ only in case', () => {
    const body = `${good()}Text.\n`;
    const { status, output } = buildWith(
      '2024-01-01-Case-Study.md',
      body,
      {},
      { '2024-01-01-case-study.md': body },
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /2024-01-01-case-study\.md:1: "2024-01-01-case-study" differs only in case from "2024-01-01-Case-Study" .*the two URLs would clash/,
    );
  });
});

describe('the site address', () => {
  test('a production build without SITE_URL fails and says how to set it', () => {
    const { status, output } = buildWith('2024-01-01-fine.md', `${good()}Text.\n`, { SITE_URL: undefined });
    expect(status).not.toBe(0);
    expect(output).toContain("The site's public address is not set");
    expect(output).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
    expect(output).toContain('astro.config.mjs');
    expect(output).toContain('npm start');
  });

  test('a SITE_URL that is not an origin is refused, naming the setting', () => {
    const { status, output } = buildWith('2024-01-01-fine.md', `${good()}Text.\n`, {
      SITE_URL: 'https://example.org/blog/',
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/SITE_URL must be the site's origin only/);
  });
});

describe('the analysis report', () => {
  const unattributed = `${good()}The talks in Strelsau ended on Monday.\n\n“This is a disaster for everyone involved in the talks, and we will not accept it.”\n`;

  test('the build prints what the analysis found and warns about an unattributed quote', () => {
    const { status, output } = buildWith('2024-01-01-unattributed.md', unattributed);
    expect(status).toBe(0);
    expect(output).toMatch(/analysis: 2 article\(s\), 10 direct quotes \(1 unattributed\)/);
    expect(output).toMatch(
      /2024-01-01-unattributed\.md: quote .q-this-is-a-disaster. \(paragraph 2\) has no speaker: add a frontmatter override/,
    );
  });

  test('strict mode turns the warning into a failed build', () => {
    const { status, output } = buildWith('2024-01-01-unattributed.md', unattributed, {
      STRICT_ANALYSIS: '1',
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/1 analysis warning\(s\) and strict mode is on/);
  });
});
