/**
 * The CSP <meta> of one built page: its own inline code's hashes, placed as the first element of
 * <head> so that it governs everything after it.
 */
import { inlineHashes } from './inline-code.ts';
import { contentSecurityPolicy } from './policy.ts';

const HEAD = /<head(\s[^>]*)?>/i;

/** `html` with its CSP meta first in <head> (a page without a <head> is returned as it is). */
export function withCspMeta(html: string): string {
  const head = HEAD.exec(html);
  if (!head) return html;
  const policy = contentSecurityPolicy(inlineHashes(html), 'meta');
  const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** The policy in a page's CSP meta, or null. */
export function readCspMeta(html: string): string | null {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}
