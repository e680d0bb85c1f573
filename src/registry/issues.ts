/**
 * Schema errors as an editor needs them: the file, the line of the field in that file, the field,
 * and the fix. A key the schema does not know gets a did-you-mean from the keys it does know.
 */
import type { z } from 'astro/zod';
import { levenshtein } from '../analysis/closest.ts';
import type { ParsedYaml } from './yaml.ts';

type Issue = z.core.$ZodIssue;

/** One message per problem: `file:line: field "x": what is wrong: how to fix it`. */
export function describeIssues(
  file: string,
  issues: readonly Issue[],
  yaml: ParsedYaml,
  schema: z.ZodType,
): string[] {
  const messages: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        const line = yaml.lineOf([...issue.path, key], 'key');
        const near = suggestKey(key, known);
        const field = fieldName([...issue.path, key]);
        messages.push(
          `${file}:${line}: field "${field}" is not a field this file can have` +
            (near
              ? ` (did you mean "${near}"?): rename it to "${near}"`
              : `: remove it, or use one of: ${known.join(', ')}`),
        );
      }
      continue;
    }
    const line = yaml.lineOf(issue.path);
    const field = issue.path.length ? fieldName(issue.path) : '(file)';
    messages.push(`${file}:${line}: field "${field}": ${withFix(issue)}`);
  }
  return messages;
}

/** `quotes.0.speaker` for a path, as the editor reads it. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The schema's own messages carry their fix; zod's generic ones get one. */
function withFix(issue: Issue): string {
  if (!/^(Invalid|Too (small|big)|Expected|Unrecognized)/.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type')
    return `expected ${issue.expected} here: write ${article(issue.expected)} ${issue.expected}`;
  return `${issue.message.replace(/\.$/, '')}: correct the value`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** Names other site generators give these fields, for editors who bring their habits along. */
const FIELD_SYNONYMS: Record<string, string> = {
  date: 'published',
  pubdate: 'published',
  publishdate: 'published',
  publishedat: 'published',
  lastmod: 'updated',
  modified: 'updated',
  updateddate: 'updated',
  headline: 'title',
  summary: 'description',
  excerpt: 'description',
  publisher: 'source',
  url: 'sourceUrl',
  link: 'sourceUrl',
  redirect_from: 'redirectFrom',
  redirects: 'redirectFrom',
  alias: 'aliases',
};

/** The known key meant: a different case, a known synonym, or a typo of a letter or two. */
export function suggestKey(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === lower);
  if (same) return same;
  const synonym = FIELD_SYNONYMS[lower];
  if (synonym && known.includes(synonym)) return synonym;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = levenshtein(lower, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== null && bestDistance <= 2 && bestDistance < best.length / 2 ? best : null;
}

/** The keys an object schema accepts at `path` (through defaults, optionals and arrays). */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const step of [...path, null]) {
    node = unwrap(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (step === null) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') node = (def.shape as Record<string, unknown>)[String(step)];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return [];
  }
  return [];
}

function unwrap(node: unknown): unknown {
  for (;;) {
    const def = (node as { _zod?: { def?: { type?: string; innerType?: unknown } } })._zod?.def;
    if (def && ['default', 'optional', 'nullable', 'prefault'].includes(def.type ?? '')) node = def.innerType;
    else return node;
  }
}
