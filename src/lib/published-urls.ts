/**
 * Published article URLs stay published. Every slug in the anchor lock is a URL readers may have
 * saved; a build where one has no article and no redirect fails, naming the lock's line, the likely
 * new name and the two fixes. Pure functions; the content loader and scripts/lock-anchors.ts use them.
 */
import { closestId } from '../analysis/closest.ts';
import type { AnchorLock } from './anchors.ts';

/** What the check needs to know of each article. */
export interface PublishedArticle {
  slug: string;
  /** Earlier slugs (frontmatter `redirectFrom`). */
  redirectFrom: readonly string[];
}

/** Old slug -> the slug of the article it now redirects to. */
export function redirectMap(articles: readonly PublishedArticle[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of articles) for (const from of a.redirectFrom) map.set(from, a.slug);
  return map;
}

/** File line (1-based) of a slug's entry in the lock's JSON text, or undefined. */
export function lockLine(lockText: string, slug: string): number | undefined {
  const at = lockText.indexOf(`${JSON.stringify(slug)}:`);
  return at < 0 ? undefined : lockText.slice(0, at).split('\n').length;
}

/** Problems with published URLs: a locked slug whose article is gone and that no article redirects from. */
export function checkPublishedUrls(
  lockFile: string,
  lockText: string,
  lock: AnchorLock,
  articles: readonly PublishedArticle[],
): string[] {
  const present = new Set(articles.map((a) => a.slug));
  const redirects = redirectMap(articles);
  const unlocked = [...present].filter((slug) => !(slug in lock));
  const problems: string[] = [];
  for (const slug of Object.keys(lock)) {
    if (present.has(slug) || redirects.has(slug)) continue;
    const line = lockLine(lockText, slug);
    const renamed = closestId(slug, unlocked);
    problems.push(
      `${lockFile}${line ? `:${line}` : ''}: the published article "${slug}" (/articles/${slug}/) has no file any more, ` +
        `so its URL and its ${lock[slug]!.length} anchors would stop working. Fix: if you renamed it` +
        `${renamed ? ` (to ${renamed}.md?)` : ''}, add "redirectFrom: [${slug}]" to the new file's frontmatter; ` +
        'if you deleted it on purpose, retire its URL with `npm run anchors:lock -- --drop`.',
    );
  }
  return problems;
}
