/** The alias matcher: finds registry actors and conflicts in a text. */
import type { Registry } from '../registry/schema.ts';

export interface AliasMatch {
  start: number;
  end: number;
  surface: string;
  type: 'actor' | 'conflict';
  id: string;
}

interface Pattern {
  re: RegExp;
  /** A run of ASCII letters and digits every match holds, lower-cased: a text without it is not searched. */
  needle: string;
  type: 'actor' | 'conflict';
  id: string;
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
}

/**
 * Regex source for one alias: capitals must be capital, lower-case letters match either case, apostrophes
 * curly or straight.
 */
export function aliasPattern(alias: string): string {
  let src = '';
  for (const c of alias.trim()) {
    if (/\s/.test(c)) src += '\\s+';
    else if (c === "'" || c === '’' || c === '‘') src += "['’‘]";
    else if (c === '-' || c === '‐' || c === '‑') src += '[-‐‑]';
    else if (c.toLowerCase() !== c.toUpperCase() && c === c.toLowerCase()) src += `[${c}${c.toUpperCase()}]`;
    else src += escapeChar(c);
  }
  src = src.replace(/(\\s\+)+/g, '\\s+');
  return `(?<![\\p{L}\\p{N}])${src}(?![\\p{L}\\p{N}])`;
}

/**
 * The longest run of ASCII letters and digits in an alias, lower-cased: every match of the alias's pattern
 * holds it, whatever the case (the pattern lets lower-case letters match either case and keeps the rest).
 */
export function aliasNeedle(alias: string): string {
  const runs = alias.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** A reusable matcher over every alias of the registry. */
export interface Matcher {
  /** All non-overlapping alias matches in `text`, longest match first, in text order. */
  match(text: string): AliasMatch[];
}

/** Builds the alias matcher for a registry (aliases of actors and conflicts). */
export function buildMatcher(registry: Registry): Matcher {
  const patterns: Pattern[] = [];
  const add = (type: 'actor' | 'conflict', id: string, aliases: string[]) => {
    const seen = new Set<string>();
    for (const a of aliases) {
      if (!a.trim() || seen.has(a)) continue;
      seen.add(a);
      patterns.push({ re: new RegExp(aliasPattern(a), 'gu'), needle: aliasNeedle(a), type, id });
    }
  };
  for (const a of registry.actors) add('actor', a.id, a.aliases ?? []);
  for (const c of registry.conflicts) add('conflict', c.id, c.aliases ?? []);
  return {
    match(text: string): AliasMatch[] {
      const all: AliasMatch[] = [];
      const lower = text.toLowerCase();
      for (const p of patterns) {
        if (p.needle && !lower.includes(p.needle)) continue;
        p.re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = p.re.exec(text))) {
          all.push({ start: m.index, end: m.index + m[0].length, surface: m[0], type: p.type, id: p.id });
          if (m[0].length === 0) p.re.lastIndex++;
        }
      }
      return selectLongest(all);
    },
  };
}

/** Keeps the longest of overlapping matches (earlier start on ties); returns them in text order. */
export function selectLongest(all: AliasMatch[]): AliasMatch[] {
  const sorted = [...all].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: AliasMatch[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
