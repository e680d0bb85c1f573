/**
 * Records every article's current anchors in content/anchors.lock.json, so a later
 * build fails if one disappears without an alias.
 *   npm run anchors:lock            add new anchors, keep old ones
 *   npm run anchors:lock -- --drop  forget anchors that no longer exist (retire them on purpose)
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/analyze.ts';
import { articleAnchors, mergeLock, type AnchorLock } from '../src/lib/anchors.ts';
import { parseArticleFile, toArticleInput } from '../src/markdown/extract.ts';
import { loadRegistry } from '../src/registry/load.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const drop = process.argv.includes('--drop');
const lockFile = path.join(root, 'content', 'anchors.lock.json');
const registry = loadRegistry(path.join(root, 'content'));
let lock: AnchorLock = existsSync(lockFile) ? (JSON.parse(readFileSync(lockFile, 'utf8')) as AnchorLock) : {};
const dir = path.join(root, 'content', 'articles');
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()) {
  const parsed = parseArticleFile(path.join(dir, name), `content/articles/${name}`);
  const analysis = analyzeArticle(toArticleInput(parsed), registry);
  const slug = name.replace(/\.md$/, '');
  const before = new Set(lock[slug] ?? []);
  lock = mergeLock(lock, slug, articleAnchors(analysis), drop);
  const added = lock[slug]!.filter((a) => !before.has(a)).length;
  const removed = [...before].filter((a) => !lock[slug]!.includes(a)).length;
  console.log(`${slug}: ${lock[slug]!.length} anchors (+${added}, -${removed})`);
}
writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`wrote ${path.relative(root, lockFile)}`);
