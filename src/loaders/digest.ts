/**
 * What a stored article's analysis depends on besides its own file: the registry and the code
 * that analyses and renders it. Their digests go into each article's digest, so a later build or
 * a save on the dev server analyses again exactly the articles whose inputs changed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The code an article's stored entry is made by (relative to the project): the engine, the
 * Markdown pipeline, the schema, the helpers the loader calls, the loader itself, and the
 * installed library versions.
 */
export const ANALYSIS_CODE = [
  'src/analysis',
  'src/markdown',
  'src/registry',
  'src/lib',
  'src/loaders',
  'src/content.config.ts',
  'package-lock.json',
];

function filesUnder(full: string): string[] {
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(full, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** One digest of the contents of every file under `paths` (relative to `root`), in a stable order. */
export function filesDigest(root: string, paths: string[], digest: (data: string) => string): string {
  const parts: string[] = [];
  for (const rel of paths) {
    for (const file of filesUnder(path.resolve(root, rel))) {
      parts.push(path.relative(root, file), readFileSync(file, 'utf8'));
    }
  }
  return digest(parts.join('\0'));
}
