/**
 * When `npm start` must build: `npm run build` stamps the digest of its inputs (files and settings)
 * and a fingerprint of the dist/ it made in node_modules/.astro/; a build is needed when either differs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesDigest } from '../../src/loaders/digest.ts';

/** The settings that change what a build writes. */
export const SETTINGS = ['SITE_URL', 'CONTENT_DIR', 'EXTRA_ARTICLE_DIRS', 'STRICT_ANALYSIS'];

/** What the last `npm run build` recorded. */
export interface Stamp {
  inputs: string;
  dist: string;
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/** One digest of everything the build reads under `root` and of the settings in `env`. */
export function inputsDigest(root: string, env: NodeJS.ProcessEnv): string {
  const paths = [
    env.CONTENT_DIR ?? 'content',
    ...(env.EXTRA_ARTICLE_DIRS ?? '').split(path.delimiter).filter(Boolean),
    'src',
    'public',
    // the build's own steps after astro build (the index markup, the article stylesheet)
    'scripts/build.ts',
    'scripts/lib',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
  ];
  const settings = SETTINGS.map((name) => `${name}=${env[name] ?? ''}`).join('\n');
  return sha256(`${settings}\n${filesDigest(root, paths, sha256)}`);
}

/** The built site in `root`/dist: its front page and the search index a build ends with; null if either is missing. */
export function distFingerprint(root: string): string | null {
  const files = ['dist/index.html', 'dist/pagefind/pagefind.js'].map((f) => path.join(root, f));
  if (!files.every((f) => existsSync(f))) return null;
  return files.map((f) => `${statSync(f).mtimeMs}:${statSync(f).size}`).join(',');
}

/** Why a build is needed, or null when dist/ is what a build of these inputs made. */
export function buildReason(
  stamp: Stamp | null,
  inputs: string,
  dist: string | null,
  force: boolean,
): string | null {
  if (force) return 'asked to (--force)';
  if (!dist) return 'dist/ has no built site';
  if (!stamp || stamp.dist !== dist) return 'dist/ was not built by npm run build';
  if (stamp.inputs !== inputs) return 'the sources changed since the last build';
  return null;
}

/** Where the stamp lives: Astro's cache folder, never published. */
export function stampFile(root: string): string {
  return path.join(root, 'node_modules/.astro/build-stamp.json');
}

/** The stamp of the last `npm run build`, or null. */
export function readStamp(root: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(stampFile(root), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** Records that dist/ is now the build of `inputs` (a digest taken before the build started). */
export function writeStamp(root: string, inputs: string): void {
  const dist = distFingerprint(root);
  if (!dist) return;
  mkdirSync(path.dirname(stampFile(root)), { recursive: true });
  writeFileSync(stampFile(root), JSON.stringify({ inputs, dist } satisfies Stamp));
}
