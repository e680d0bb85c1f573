/**
 * src/styles/preflight.css is Tailwind's preflight less the rules for elements the site never
 * renders. These tests keep it a faithful subset of the installed Tailwind's, and check that the
 * site's own code still renders none of the elements whose rules were left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

interface Rule {
  selectors: string[];
  body: string;
}

/** The style rules of a stylesheet (top level and inside @supports), comments and spacing removed. */
function rules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selectors: m[1]!
      .replace(/^.*\{/, '')
      .split(/,(?![^(]*\))/)
      .map((s) => s.trim())
      .filter(Boolean),
    body: m[2]!.trim(),
  }));
}

const ours = rules(readFileSync('src/styles/preflight.css', 'utf8'));
const tailwinds = rules(readFileSync('node_modules/tailwindcss/preflight.css', 'utf8'));

/** Every file under src/ that renders markup or builds it in the browser. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : /\.(astro|ts)$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('the slimmer preflight', () => {
  test('each of its rules is one of Tailwind’s, with the same declarations (some selectors left out)', () => {
    expect(ours.length).toBeGreaterThan(15);
    for (const rule of ours) {
      const match = tailwinds.find(
        (t) => t.body === rule.body && rule.selectors.every((s) => t.selectors.includes(s)),
      );
      expect(match, `${rule.selectors.join(', ')} { ${rule.body} }`).toBeDefined();
    }
  });

  test('it leaves out only rules for elements the site never renders', () => {
    const kept = new Set(ours.flatMap((r) => r.selectors));
    const left = tailwinds.flatMap((r) => r.selectors).filter((s) => !kept.has(s));
    expect(left.length).toBeGreaterThan(0);
    for (const s of left)
      expect(s).toMatch(
        /abbr|^sub$|^sup$|progress|textarea|optgroup|file-selector|date|calendar|spin|ui-invalid/,
      );
  });

  test('the site renders none of the elements whose rules were left out', () => {
    // Articles cannot hold raw HTML (remark-no-raw-html), so only the site's own code could make them.
    const offending =
      /<(abbr|sub|sup|progress|textarea|optgroup)[\s>]|createElement\(['"](abbr|sub|sup|progress|textarea|optgroup)['"]\)|type=["'](file|date|time|datetime-local|month|week|number)["']/;
    const found = sourceFiles('src').filter((f) => offending.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
