/**
 * The CSP and host headers (src/security/): which inline code a page is allowed to run, where the
 * meta goes, and that `_headers` and the nginx snippet say the same thing.
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hashesOf, netlifyHeaders, nginxHeaders } from '../../src/security/host-files.ts';
import { inlineHashes } from '../../src/security/inline-code.ts';
import { readCspMeta, withCspMeta } from '../../src/security/meta.ts';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../src/security/policy.ts';
import { headersFor, parseHeaders } from '../e2e/host-headers.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

describe('inline code', () => {
  test('hashes the scripts a browser runs, and no script with a src or of a data type', () => {
    const html = [
      '<script>a()</script>',
      '<script type="module">b()</script>',
      '<script src="/x.js"></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<template><p>t</p></template>',
    ].join('');
    expect(inlineHashes(html).scripts).toEqual([sha('a()'), sha('b()')]);
  });

  test('hashes <style> elements and style attributes, attribute entities decoded', () => {
    const html = '<style>.a{color:red}</style><p style="width: 50%">x</p><i style="content:&quot;x&quot;">';
    const hashes = inlineHashes(html);
    expect(hashes.styles).toEqual([sha('.a{color:red}')]);
    expect(hashes.styleAttributes).toEqual([sha('width: 50%'), sha('content:"x"')]);
  });
});

describe('policy', () => {
  const hashes = { scripts: [sha('a()')], styles: [sha('s')] };

  test('the header forbids framing; the meta leaves out what browsers ignore in a meta', () => {
    expect(contentSecurityPolicy(hashes, 'header')).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy(hashes, 'meta')).not.toContain('frame-ancestors');
  });

  test("scripts and styles are 'self' plus exactly the hashes given; no 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy(hashes, 'meta');
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}`);
    expect(policy).toContain(`style-src 'self' ${sha('s')}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('style-src-attr');
  });

  test('style attributes are allowed one by one, through unsafe-hashes', () => {
    const policy = contentSecurityPolicy({ ...hashes, styleAttributes: [sha('width: 50%')] }, 'header');
    expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha('width: 50%')}`);
  });

  test('a policy read back gives the hashes it was made of', () => {
    const policy = contentSecurityPolicy({ ...hashes, styleAttributes: [sha('w')] }, 'header');
    expect(hashesOf(policy)).toEqual({
      scripts: [sha('a()')],
      styles: [sha('s')],
      styleAttributes: [sha('w')],
    });
  });
});

describe('the page meta', () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>' +
    '<script>theme()</script></head><body><script type="module">boot()</script></body></html>';

  test('is the first element of <head> and lists the page’s own inline scripts', () => {
    const html = withCspMeta(page);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy" /);
    const policy = readCspMeta(html)!;
    expect(hashesOf(policy).scripts.sort()).toEqual([sha('theme()'), sha('boot()')].sort());
  });

  test('leaves the charset declaration within the first 1024 bytes', () => {
    const html = withCspMeta(page);
    expect(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length).toBeLessThan(1024);
  });

  test('a document without a <head> (a fragment) is left as it is', () => {
    expect(withCspMeta('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});

describe('host files', () => {
  const hashes = { scripts: [sha('a()')], styles: [sha('s')] };

  test('_headers gives every path the CSP and the security headers, and /_astro/ a long cache', () => {
    const rules = parseHeaders(netlifyHeaders(hashes));
    const page = Object.fromEntries(headersFor(rules, '/articles/x/'));
    expect(page['Content-Security-Policy']).toBe(contentSecurityPolicy(hashes, 'header'));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page[name]).toBe(value);
    expect(page['Cache-Control']).toBeUndefined();
    const asset = Object.fromEntries(headersFor(rules, '/_astro/site.abc.css'));
    expect(asset['Cache-Control']).toContain('immutable');
    expect(asset['Content-Security-Policy']).toBeDefined();
  });

  test('the nginx snippet sends the same headers, always (error pages too), also in the cached location', () => {
    const conf = nginxHeaders(hashes);
    const csp = contentSecurityPolicy(hashes, 'header');
    expect(conf).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(conf.split(`add_header ${name} "${value}" always;`).length - 1).toBe(2);
    expect(conf).toMatch(
      /location \^~ \/_astro\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/,
    );
    // Every header line is well formed: one quoted value, no quote inside it.
    for (const line of conf.split('\n').filter((l) => l.trimStart().startsWith('add_header')))
      expect(line).toMatch(/^\s*add_header [A-Za-z-]+ "[^"]*" always;$/);
  });

  test('a header line outside a path block is an error naming the line', () => {
    expect(() => parseHeaders('  X-Test: 1\n', 'dist/_headers')).toThrow('dist/_headers:1');
  });
});
