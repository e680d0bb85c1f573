/**
 * The registry's loader: every actor and conflict from `content/actors` and `content/conflicts` as
 * collection entries, and where the content folder is.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadRegistry } from '../registry/load.ts';
import { syncAndWatch } from './watch.ts';

/** The content folder: `content/`, or CONTENT_DIR (relative to the project or absolute), e.g. a test's copy. */
export function contentDir(root: string): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** The registry as it is on disk now, and a digest of its data (so reformatting a file changes nothing). */
export function readRegistry(root: string, generateDigest: LoaderContext['generateDigest']) {
  const registry = loadRegistry(contentDir(root));
  return { registry, digest: generateDigest({ registry }) };
}

/** Loads registry entries (actors or conflicts); on the dev server, again on every save. */
export function registryLoader(kind: 'actors' | 'conflicts'): Loader {
  return {
    name: `registry-${kind}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await syncAndWatch(context, root, () => syncRegistry(kind, context, root), {
        paths: [path.join(contentDir(root), kind)],
        extensions: ['.yaml', '.yml'],
      });
    },
  };
}

/** Stores every actor or conflict; an unchanged one keeps its entry (same digest), a deleted one goes. */
async function syncRegistry(kind: 'actors' | 'conflicts', context: LoaderContext, root: string) {
  const { store, parseData, generateDigest } = context;
  const { registry } = readRegistry(root, generateDigest);
  const ids = new Set<string>();
  for (const entry of registry[kind]) {
    // `file` is where the registry read it, not a field of the entry
    const { id, file: _file, ...rest } = entry as typeof entry & { file?: string };
    const filePath = path.relative(root, path.join(contentDir(root), kind, `${id}.yaml`));
    ids.add(id);
    const digest = generateDigest(rest);
    if (store.get(id)?.digest === digest) continue;
    const data = await parseData({ id, data: rest, filePath });
    store.set({ id, data, filePath, digest });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}
