/**
 * The article's own stylesheet: the site's one stylesheet less the rules no article page can use.
 * Readers land on articles from search and social links, so the article has the tightest budget
 * (16 KB on a first visit); the site's stylesheet carries the index pages' rules too (charts, lists,
 * the search page), about a sixth of it. After `astro build`, the rules whose classes or ids appear
 * in no article page, no analysis page (fetched into the article) and no script (the copy buttons
 * and the search results are built by scripts) are left out of `_astro/article.<hash>.css`, and the
 * article pages link that file instead. Every other page keeps the whole stylesheet; the search
 * dialog, whose markup comes from the search page, brings that page's stylesheet with it
 * (src/scripts/search/dialog.ts).
 *
 * Conservative by design: a selector is dropped only when a class or id it requires is absent from
 * every such file. Element, attribute and pseudo-class selectors always stay, as do the classes inside
 * `:not()`, `:is()`, `:where()` and `:has()` (one of several alternatives need not be present). Rule
 * order is the stylesheet's own, so the cascade is unchanged. (PurgeCSS, the usual tool, drops
 * Tailwind 4's `:root,:host` theme and element rules when given plain tokens; this is 60 lines.)
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';

/**
 * Class- and id-like words of a page or script: plain words and Tailwind's `sm:px-6`, `w-1/2`; with
 * `only`, just those among them (the stylesheet's own names), so 5,000 articles' words are not kept.
 */
export function tokensOf(text: string, into = new Set<string>(), only?: Set<string>): Set<string> {
  const add = (word: string) => {
    if (!only || only.has(word)) into.add(word);
  };
  for (const word of text.match(/[\w-]+/g) ?? []) add(word);
  for (const word of text.match(/[^<>"'`\s]*[^<>"'`\s:]/g) ?? []) add(word);
  return into;
}

/** Every class and id name the stylesheet's selectors mention. */
export function selectorNames(css: string): Set<string> {
  const names = new Set<string>();
  const collect = selectorParser((selectors) => {
    selectors.walk((node) => {
      if (node.type === 'class' || node.type === 'id') names.add(node.value);
    });
  });
  postcss.parse(css).walkRules((rule) => {
    collect.processSync(rule.selector);
  });
  return names;
}

/** Pseudo-classes whose arguments are alternatives or negations: their classes are not required. */
const OPTIONAL_INSIDE = new Set([':not', ':is', ':where', ':has', ':matches']);

/** Whether every class and id the selector requires (outside optional pseudo-classes) is in `tokens`. */
function canMatch(selector: selectorParser.Selector, tokens: Set<string>): boolean {
  let ok = true;
  selector.walk((node) => {
    if (node.type !== 'class' && node.type !== 'id') return;
    for (let p = node.parent; p && p !== selector; p = p.parent) {
      if (p.type === 'pseudo' && OPTIONAL_INSIDE.has(p.value)) return;
    }
    if (!tokens.has(node.value)) ok = false;
  });
  return ok;
}

/** `css` without the selectors that cannot match a page made of `tokens`; emptied rules go. */
export function subsetStylesheet(css: string, tokens: Set<string>): string {
  const root = postcss.parse(css);
  const prune = selectorParser((selectors) => {
    selectors.each((s) => {
      if (!canMatch(s, tokens)) s.remove();
    });
  });
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const kept = prune.processSync(rule.selector, { lossless: false });
    if (kept.trim()) rule.selector = kept;
    else rule.remove();
  });
  // Blocks emptied by the pruning go (statements such as `@layer a,b;` have no block and stay).
  let emptied = true;
  while (emptied) {
    emptied = false;
    root.walkAtRules((at) => {
      if (at.nodes && at.nodes.length === 0) {
        at.remove();
        emptied = true;
      }
    });
  }
  return root.toString();
}

const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/;

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names.filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

/**
 * Writes the article stylesheet into `dist` and points every page under `articles/` at it.
 * Resolves to the bytes of the site stylesheet and of the article's, or null with no article.
 */
export async function writeArticleStylesheet(
  dist: string,
): Promise<{ site: number; article: number } | null> {
  const pages = await filesUnder(path.join(dist, 'articles'), '.html');
  const first = pages.length ? await readFile(pages[0]!, 'utf8') : '';
  const href = STYLESHEET_LINK.exec(first)?.[1];
  if (!href) return null;
  const sources = [
    ...(await filesUnder(path.join(dist, '_astro'), '.js')),
    ...(await filesUnder(path.join(dist, 'scripts'), '.js')),
  ];
  const css = await readFile(path.join(dist, href), 'utf8');
  const names = selectorNames(css);
  const tokens = new Set<string>();
  for (const file of [...pages, ...sources]) tokensOf(await readFile(file, 'utf8'), tokens, names);
  const subset = subsetStylesheet(css, tokens);
  const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
  const articleHref = `/_astro/article.${hash}.css`;
  await writeFile(path.join(dist, articleHref), subset);
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    await writeFile(
      page,
      html.replace(`<link rel="stylesheet" href="${href}">`, `<link rel="stylesheet" href="${articleHref}">`),
    );
  }
  return { site: Buffer.byteLength(css), article: Buffer.byteLength(subset) };
}
