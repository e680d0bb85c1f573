/**
 * The site's security headers in one place: the Content-Security-Policy (sent as a header by
 * static hosts that allow it, and as a <meta> first in every page's <head> for those that do
 * not), and the other response headers. `src/middleware.ts` writes the meta;
 * `src/integrations/security-headers.ts` writes the host files (`_headers`, an nginx snippet).
 */

/** The CSP's fixed directives. Scripts and styles are `'self'` plus the hashes of the inline ones. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly search core in the browser.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // The favicon is an inline SVG data: URL.
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // Pagefind may run its search in a worker.
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only a header can forbid framing; browsers ignore (and complain about) it in a <meta>.
  'frame-ancestors': ["'none'"],
};

/** Directives a browser ignores in a <meta> CSP. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** Hash sources of the inline code a page (or the whole site) runs. */
export interface InlineHashes {
  scripts: Iterable<string>;
  styles: Iterable<string>;
  /** `style="…"` attributes, allowed one by one through 'unsafe-hashes'. */
  styleAttributes?: Iterable<string>;
}

/** The CSP text for a <meta> (`'meta'`) or an HTTP header (`'header'`), with the inline code's hashes. */
export function contentSecurityPolicy(hashes: InlineHashes, delivery: 'meta' | 'header'): string {
  const extra: Record<string, string[]> = {
    'script-src': [...new Set(hashes.scripts)].sort(),
    'style-src': [...new Set(hashes.styles)].sort(),
  };
  const attributes = [...new Set(hashes.styleAttributes ?? [])].sort();
  const directives = Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' '));
  if (attributes.length) directives.push(["style-src-attr 'unsafe-hashes'", ...attributes].join(' '));
  return directives.join('; ');
}

/** Every response's headers besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Features the site never uses, off for it and for anything it might embed. Copying a link
  // (clipboard-write) stays allowed.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // Two years, subdomains included; add '; preload' only when the domain is submitted to the list.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache rules by path: Astro's /_astro/ files carry a content hash in their names. */
export const CACHE_HEADERS: Readonly<Record<string, Record<string, string>>> = {
  '/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' },
};

/** All headers for every path: the security headers and the CSP. */
export function siteHeaders(hashes: InlineHashes): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(hashes, 'header'), ...SECURITY_HEADERS };
}
