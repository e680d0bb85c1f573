/**
 * Frees the content layer's working copy of every entry once the build has written it to disk.
 *
 * Astro syncs the collections into a mutable store, writes it to `data-store.json`, and then builds
 * the pages from that file, which it loads again as its own copy. The sync's store stays reachable
 * from Astro's content-layer singleton until the process ends, so a build holds every article, its
 * analysis and its rendered HTML twice (about 570 MB at 5,000 articles). Astro exposes no way to
 * release it, so at `astro:build:start` (after the sync, before bundling) this calls the singleton's
 * own `dispose()`, which is what Astro does when it replaces the instance.
 *
 * Astro internals: if the module or its export moves in a later Astro, the build says so in one
 * line and goes on with the store kept (a bigger build, never a broken one).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Astro keeps its content-layer singleton (dist/content/instance.js of the installed astro). */
export function contentLayerModule(): string {
  const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
  return path.join(path.dirname(astroPackage), 'dist/content/instance.js');
}

interface Singleton {
  dispose: () => void;
  get: () => unknown;
}

/** The integration: release the sync's store at the start of a build. */
export default function releaseSyncStore(): AstroIntegration {
  return {
    name: 'release-sync-store',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const file = contentLayerModule();
        const singleton = existsSync(file)
          ? ((await import(pathToFileURL(file).href)) as { globalContentLayer?: Singleton })
              .globalContentLayer
          : undefined;
        if (typeof singleton?.dispose !== 'function') {
          logger.info(`Astro's content layer moved (${file}): the sync's store is kept for this build`);
          return;
        }
        const held = singleton.get() !== null;
        singleton.dispose();
        if (held) logger.info("content layer's sync store released before rendering");
      },
    },
  };
}
