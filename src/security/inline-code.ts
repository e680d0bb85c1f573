/**
 * Finds the inline code in a built page (the `<script>` and `<style>` elements without `src`,
 * and `style` attributes) and the CSP hash of each, so the policy allows exactly what the page
 * runs. Astro's output is well-formed and article text is escaped, so a scan of the markup is
 * enough: a script's text cannot contain `</script>`.
 */
import { createHash } from 'node:crypto';
import type { InlineHashes } from './policy.ts';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /<[a-z][^>]*?\sstyle="([^"]*)"/gi;
/** Script types a browser runs; anything else (JSON-LD, templates) is data the CSP does not govern. */
const RUNNABLE = /^(|text\/javascript|module|application\/javascript)$/i;

const cache = new Map<string, string>();

/** The CSP source for `code`: `'sha256-…'`. */
export function hashSource(code: string): string {
  let source = cache.get(code);
  if (!source) {
    source = `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
    cache.set(code, source);
  }
  return source;
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Hashes of the inline scripts, styles and style attributes in one page's HTML. */
export function inlineHashes(html: string): Required<InlineHashes> & {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
} {
  const scripts: string[] = [];
  for (const [, attributes = '', code = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (RUNNABLE.test(type.trim())) scripts.push(hashSource(code));
  }
  const styles = [...html.matchAll(STYLE)].map(([, code = '']) => hashSource(code));
  const styleAttributes = [...html.matchAll(STYLE_ATTRIBUTE)].map(([, value = '']) =>
    hashSource(decodeAttribute(value)),
  );
  return { scripts, styles, styleAttributes };
}
