import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  checkSiteUrl,
  LOCAL_SITE_URL,
  resolveSiteUrl,
  withLocalSite,
} from '../../src/lib/site-url.ts';

describe('the site address (SITE_URL)', () => {
  test('SITE_URL wins over the configured site, normalised to the origin with a slash', () => {
    expect(
      resolveSiteUrl({ env: 'https://a.example', configured: 'https://b.example', command: 'build' }),
    ).toBe('https://a.example/');
    expect(resolveSiteUrl({ env: undefined, configured: 'https://b.example/', command: 'build' })).toBe(
      'https://b.example/',
    );
  });

  test('a production build with neither fails, saying how to set it', () => {
    expect(() => resolveSiteUrl({ env: undefined, configured: undefined, command: 'build' })).toThrow(
      /not set.*SITE_URL=https:\/\/.* npm run build.*astro\.config\.mjs.*npm start/s,
    );
    expect(() => resolveSiteUrl({ env: '', configured: undefined, command: 'build' })).toThrow(/SITE_URL/);
  });

  test('dev, check and preview fall back to the local address', () => {
    for (const command of ['dev', 'sync', 'preview'] as const)
      expect(resolveSiteUrl({ env: undefined, configured: undefined, command })).toBe(`${LOCAL_SITE_URL}/`);
  });

  test.each([
    ['not a url', /not an absolute URL/],
    ['ftp://files.example', /http\(s\)/],
    ['https://example.org/blog/', /origin only/],
    ['https://example.org/?x=1', /origin only/],
  ])('refuses %s with a message naming the setting', (value, message) => {
    expect(() => checkSiteUrl(value, 'SITE_URL')).toThrow(message);
    expect(() => checkSiteUrl(value, 'SITE_URL')).toThrow(/SITE_URL/);
  });

  test('npm start and npm test get the local address only when SITE_URL is unset', () => {
    expect(withLocalSite({}).SITE_URL).toBe(LOCAL_SITE_URL);
    expect(withLocalSite({ SITE_URL: 'https://real.example' }).SITE_URL).toBe('https://real.example');
  });

  test('absolute URLs are built on the address, and a missing address is an error', () => {
    expect(absoluteUrl('/articles/x/#p', 'https://a.example/')).toBe('https://a.example/articles/x/#p');
    expect(() => absoluteUrl('/x/', undefined)).toThrow(/SITE_URL/);
  });
});
