/**
 * Records every article's current anchors in content/anchors.lock.json, so a later build fails if
 * one disappears without an alias, or if a published article's URL disappears without a redirect.
 *   npm run anchors:lock            add new anchors and articles, keep old ones
 *   npm run anchors:lock -- --drop  forget anchors that no longer exist, and the URLs of articles
 *                                   deleted without a redirect (retire them on purpose)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleAnchors, mergeLock, type AnchorLock } from '../src/lib/anchors.ts';
import { redirectMap } from '../src/lib/published-urls.ts';
import { parseArticleFile, toArticleInput } from '../src/markdown/extract.ts';
import { analyzeForPage } from '../src/markdown/page-ids.ts';
import { listArticleFiles } from '../src/registry/article-files.ts';
import { loadRegistry } from '../src/registry/load.ts';
import { parseCli } from './cli.ts';

const { values } = parseCli({
  usage:
    'npm run anchors:lock [-- --drop]\nRecords every published anchor and article URL in content/anchors.lock.json.',
  options: {
    drop: {
      type: 'boolean',
      default: false,
      description: 'retire anchors that no longer exist and articles deleted without a redirect',
    },
  },
});
const drop = values.drop;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = path.join(root, 'content', 'anchors.lock.json');
const registry = loadRegistry(path.join(root, 'content'));
let lock: AnchorLock = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, 'utf8')) as AnchorLock) : {};
const articles = listArticleFiles(root, ['content/articles']).map(({ rel, slug }) => {
  const parsed = parseArticleFile(path.join(root, rel), rel);
  return { slug, parsed, redirectFrom: parsed.frontmatter.redirectFrom };
});
for (const { slug, parsed } of articles) {
  const analysis = analyzeForPage(toArticleInput(parsed), registry);
  const before = new Set(lock[slug] ?? []);
  lock = mergeLock(lock, slug, articleAnchors(analysis), drop);
  const added = lock[slug]!.filter((a) => !before.has(a)).length;
  const removed = [...before].filter((a) => !lock[slug]!.includes(a)).length;
  console.log(`${slug}: ${lock[slug]!.length} anchors (+${added}, -${removed})`);
}
// An article's old URL stays locked while a redirect keeps it working; without one it is an error, or with --drop, retired.
const present = new Set(articles.map((a) => a.slug));
const redirects = redirectMap(articles);
for (const slug of Object.keys(lock)) {
  if (present.has(slug)) continue;
  if (redirects.has(slug)) console.log(`${slug}: redirects to ${redirects.get(slug)}`);
  else if (drop) {
    const { [slug]: _retired, ...rest } = lock;
    lock = rest;
    console.log(`${slug}: retired (no file and no redirect): /articles/${slug}/ will no longer be published`);
  } else
    console.log(
      `${slug}: no file and no redirect; the build will fail until one is declared or --drop retires it`,
    );
}
writeFileSync(lockFile, `${JSON.stringify(sortKeys(lock), null, 2)}\n`);
console.log(`wrote ${path.relative(root, lockFile)}`);

function sortKeys(l: AnchorLock): AnchorLock {
  return Object.fromEntries(Object.entries(l).sort(([a], [b]) => a.localeCompare(b)));
}
