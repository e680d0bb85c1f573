/**
 * What the build's safety checks cost: reading and validating an article's source (UTF-8, YAML
 * with lines, the schema, the publishing rules), and the duplicate-id scan over every built page.
 *   node bench/build-checks.ts [runs=200]   (after npm run build)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDuplicateIds } from '../src/integrations/duplicate-ids.ts';
import { listArticleFiles } from '../src/registry/article-files.ts';
import { readArticleSource } from '../src/registry/validate-article.ts';
import { parseCli } from '../scripts/cli.ts';

const { positionals } = parseCli({
  usage:
    'node bench/build-checks.ts [runs]   (after npm run build)\nThe cost of article validation and of the duplicate-id scan of dist/.',
  positionals: 'validation runs over the seed (default 200)',
  options: {},
});
const runs = Number(positionals[0] ?? 200);
const seed = readFileSync('content/articles/2023-12-15-russia-iran-gaza.md');

readArticleSource(seed, 'warmup.md');
let t0 = performance.now();
for (let i = 0; i < runs; i++) readArticleSource(seed, 'seed.md');
const perArticle = (performance.now() - t0) / runs;
console.log(
  `validate the seed's source x ${runs}: ${perArticle.toFixed(3)} ms per article (${(seed.length / 1024).toFixed(1)} KB)`,
);

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
await checkDuplicateIds(path.resolve('dist'));
t0 = performance.now();
const problems = await checkDuplicateIds(path.resolve('dist'));
const scan = performance.now() - t0;
console.log(
  `duplicate-id scan of dist/: ${pages.length} pages in ${scan.toFixed(0)} ms, ${(scan / pages.length).toFixed(2)} ms per page, ${problems.length} problems`,
);
console.log(`article files listed: ${listArticleFiles(process.cwd()).length}`);
