import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import type { Analysis } from './analysis/types.ts';
import { splitFrontmatter } from './markdown/extract.ts';
import { renderArticle } from './markdown/pipeline.ts';
import { loadRegistry } from './registry/load.ts';
import {
  actorSchema,
  articleFrontmatterSchema,
  conflictSchema,
  type ArticleFrontmatter,
  type Registry,
} from './registry/schema.ts';
import { entityUrl } from './lib/urls.ts';
import { articleAnchors, checkAnchors, type AnchorLock } from './lib/anchors.ts';
import { analysisReport } from './lib/report.ts';

/** The registry is read once per build and shared by all three collections. */
let registryPromise: Promise<Registry> | undefined;
function registryFor(root: URL): Promise<Registry> {
  registryPromise ??= Promise.resolve(loadRegistry(path.join(fileURLToPath(root), 'content')));
  return registryPromise;
}

/** Loads registry entries (actors or conflicts) from the one registry loader. */
function registryLoader(kind: 'actors' | 'conflicts'): Loader {
  return {
    name: `registry-${kind}`,
    load: async ({ store, parseData, config }) => {
      const registry = await registryFor(config.root);
      store.clear();
      for (const entry of registry[kind]) {
        const { id, ...rest } = entry;
        const data = await parseData({ id, data: rest, filePath: `content/${kind}/${id}.yaml` });
        store.set({ id, data, filePath: `content/${kind}/${id}.yaml` });
      }
    },
  };
}

/**
 * Articles: each Markdown file is parsed once, its frontmatter validated, its text
 * analysed and rendered; the entry carries the analysis beside the HTML.
 */
function articleLoader(): Loader {
  return {
    name: 'articles',
    load: async ({ store, parseData, config, logger }) => {
      const root = fileURLToPath(config.root);
      const registry = await registryFor(config.root);
      // EXTRA_ARTICLE_DIRS (path-separated, relative to the project) adds articles, e.g. test fixtures.
      const dirs = [
        'content/articles',
        ...(process.env.EXTRA_ARTICLE_DIRS ?? '').split(path.delimiter).filter(Boolean),
      ];
      const files: string[] = [];
      for (const dir of dirs) {
        for (const name of (await readdir(path.resolve(root, dir))).filter((f) => f.endsWith('.md')).sort())
          files.push(`${dir}/${name}`);
      }
      store.clear();
      const lock = await readLock(root);
      const analyses: Analysis[] = [];
      const seen = new Map<string, string>();
      for (const rel of files) {
        const name = path.basename(rel);
        const previous = seen.get(name);
        if (previous)
          throw new Error(
            `${rel}: an article named ${name} already exists at ${previous}. Rename one: the file name is the URL.`,
          );
        seen.set(name, rel);
        const source = await readFile(path.resolve(root, rel), 'utf8');
        const parsed = splitFrontmatter(source, rel);
        const id = name.replace(/\.md$/, '');
        // parseData validates against the collection schema below, so the result is the frontmatter type.
        const data = (await parseData({
          id,
          data: parsed.data,
          filePath: path.relative(root, path.resolve(root, rel)),
        })) as ArticleFrontmatter;
        const rendered = await renderArticle({
          file: rel,
          markdown: parsed.content,
          registry,
          overrides: data.quotes,
          hrefFor: entityUrl,
          aliases: data.anchors,
          lineOffset: parsed.lineOffset,
        });
        const anchorProblems = checkAnchors(
          rel,
          articleAnchors(rendered.analysis),
          lock[id] ?? [],
          data.anchors,
        );
        if (anchorProblems.length) throw new Error(anchorProblems.join('\n'));
        for (const message of [...rendered.messages, ...rendered.analysis.warnings]) logger.warn(message);
        analyses.push(rendered.analysis);
        store.set({
          id,
          data: { ...data, analysis: rendered.analysis },
          body: parsed.content,
          // Astro wants a path relative to the project, even for extra article folders elsewhere.
          filePath: path.relative(root, path.resolve(root, rel)),
          rendered: { html: rendered.html, metadata: { headings: rendered.headings } },
        });
      }
      const report = analysisReport(analyses);
      logger.info(report.summary);
      if (isStrict() && report.problems > 0) {
        throw new Error(
          `${report.problems} analysis warning(s) and strict mode is on (STRICT_ANALYSIS=1 or --strict): fix them, or add quote overrides in the frontmatter.`,
        );
      }
    },
  };
}

/** The anchor lock, or an empty one before the first `npm run anchors:lock`. */
async function readLock(root: string): Promise<AnchorLock> {
  const file = path.join(root, 'content', 'anchors.lock.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as AnchorLock;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(
      `content/anchors.lock.json: not valid JSON (${(error as Error).message}). Restore it from git, or rebuild it with \`npm run anchors:lock\`.`,
      { cause: error },
    );
  }
}

/** Strict analysis: warnings fail the build. */
function isStrict(): boolean {
  return process.env.STRICT_ANALYSIS === '1' || process.argv.includes('--strict');
}

const articles = defineCollection({
  loader: articleLoader(),
  schema: articleFrontmatterSchema.extend({
    /** Set by the loader, never by hand. */
    analysis: z.custom<Analysis>().optional(),
  }),
});

const actors = defineCollection({
  loader: registryLoader('actors'),
  schema: actorSchema.extend({ affiliation: reference('actors').optional() }),
});

const conflicts = defineCollection({
  loader: registryLoader('conflicts'),
  schema: conflictSchema,
});

export const collections = { articles, actors, conflicts };
