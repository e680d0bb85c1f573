/**
 * Which URLs an article may publish. Links take `http:`, `https:`, `mailto:` and relative URLs;
 * images take relative URLs only (an external image would load a third party's file on every
 * reading, and the CSP refuses it anyway). Everything else (`javascript:`, `data:`, `vbscript:`,
 * `file:` …) is refused, whatever its case, entities, whitespace or control characters.
 */

/** Schemes a link may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

/**
 * The scheme of a URL as a browser reads it, lower-cased, or null for a relative URL.
 * Browsers drop leading spaces and C0 controls and every tab and newline before parsing
 * (WHATWG URL), so `" java\tscript:"` is a `javascript:` URL.
 */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

export type UrlUse = 'link' | 'image';

/** Why `url` may not be published as a link or image, or null when it may. */
export function unsafeUrlReason(url: string, use: UrlUse): string | null {
  const scheme = urlScheme(url);
  if (use === 'image') {
    if (scheme === null && !url.trim().startsWith('//')) return null;
    return `an image must be a file of this site (a relative URL such as "/images/map.png"), not "${preview(url)}"`;
  }
  if (scheme === null) return null;
  if ((LINK_SCHEMES as readonly string[]).includes(scheme)) return null;
  return `a link may use http:, https:, mailto: or a relative URL, not "${scheme}:" ("${preview(url)}")`;
}

function preview(url: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = url.replace(/[\u0000-\u001f]/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
