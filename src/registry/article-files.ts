/**
 * Which files are articles, and whether their names can be URLs. The file name is the slug and
 * the slug is the URL (`/articles/<slug>/`), so two names that differ only in case, or a name with
 * spaces, would publish URLs that clash or break; the build refuses them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { slugSchema } from './schema.ts';

export interface ArticleFile {
  /** Path relative to the project, as messages show it. */
  rel: string;
  /** File name without `.md`: the URL. */
  slug: string;
}

/**
 * The article folders: the content folder's `articles` (`content/`, or CONTENT_DIR, e.g. a test's copy),
 * plus EXTRA_ARTICLE_DIRS (path-separated, relative to the project).
 */
export function articleDirs(env: Record<string, string | undefined> = process.env): string[] {
  const own = path.posix.join((env.CONTENT_DIR ?? 'content').split(path.sep).join('/'), 'articles');
  return [own, ...(env.EXTRA_ARTICLE_DIRS ?? '').split(path.delimiter).filter(Boolean)];
}

/** Every Markdown file in the article folders, folder by folder, sorted by name. */
export function listArticleFiles(root: string, dirs: string[] = articleDirs()): ArticleFile[] {
  const files: ArticleFile[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(path.resolve(root, dir))
      .filter((f) => f.endsWith('.md'))
      .sort())
      files.push({ rel: `${dir}/${name}`, slug: name.slice(0, -'.md'.length) });
  }
  return files;
}

/** An old slug an article redirects from, and where it is declared (`file:line`). */
export interface DeclaredRedirect {
  slug: string;
  where: string;
}

/**
 * Problems with the set of slugs (and the old slugs that redirect): a name that is not a slug,
 * the same name twice, or two names that differ only in case (one URL on a case-insensitive disk
 * or host, and two to a reader who types it).
 */
export function checkSlugs(
  files: readonly ArticleFile[],
  redirects: readonly DeclaredRedirect[] = [],
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (!slugSchema.safeParse(file.slug).success)
      problems.push(
        `${file.rel}:1: the file name "${file.slug}.md" cannot be a URL. Fix: rename it to letters, digits and ` +
          'hyphens, e.g. "2023-12-15-russia-iran-gaza.md".',
      );
  }
  const byKey = new Map<string, { slug: string; where: string; what: string }>();
  const all = [
    ...files.map((f) => ({ slug: f.slug, where: `${f.rel}:1`, what: f.rel })),
    ...redirects.map((r) => ({ slug: r.slug, where: r.where, what: `the redirect declared at ${r.where}` })),
  ];
  for (const entry of all) {
    const key = entry.slug.toLowerCase();
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, entry);
      continue;
    }
    problems.push(
      other.slug === entry.slug
        ? `${entry.where}: the URL /articles/${entry.slug}/ is already taken by ${other.what}. Fix: rename one; the file name is the URL.`
        : `${entry.where}: "${entry.slug}" differs only in case from "${other.slug}" (${other.what}): the two URLs would clash. ` +
            'Fix: rename one so the names differ in more than case.',
    );
  }
  return problems;
}
