/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages form) and answers which headers a path
 * gets, as those hosts do: every block whose path pattern matches adds its headers (`*` matches
 * anything, `:name` one segment).
 */
import { existsSync, readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules of a `_headers` text; throws on a header line outside a path block. */
export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule)
      throw new Error(`${file}:${i + 1}: expected "  Name: value" under a path, got "${line}"`);
    rule.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

/** The rules in `<dir>/_headers`, or none when the build wrote no such file. */
export function readHeaders(dir: string): HeaderRule[] {
  const file = `${dir}/_headers`;
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8'), file) : [];
}

/** The headers `pathname` gets under `rules`. */
export function headersFor(rules: HeaderRule[], pathname: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers);
}
