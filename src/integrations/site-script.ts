/**
 * Builds the site's script (`src/scripts/site.ts`) as its own entry at a fixed path
 * (`/scripts/site.js`), which no page references: the inline loader (`src/scripts/boot.ts`)
 * imports it on the reader's first interaction, from `__SITE_SCRIPT__` (that path in a build,
 * the source under the dev server). Its shared code still goes to hashed /_astro/ chunks.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The script's source, and the fixed path the build gives it. That path has no content hash, so
 * it must not be cached as immutable (only /_astro/ is: src/security/policy.ts). */
const SITE_SCRIPT = { source: 'src/scripts/site.ts', built: 'scripts/site.js' } as const;

/** The Astro integration that emits the site script in the client build. */
export default function siteScript(): AstroIntegration {
  return {
    name: 'site-script',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const id = fileURLToPath(new URL(SITE_SCRIPT.source, config.root));
        const url = `/${command === 'build' ? SITE_SCRIPT.built : SITE_SCRIPT.source}`;
        updateConfig({
          vite: {
            define: { __SITE_SCRIPT__: JSON.stringify(url) },
            plugins: [
              {
                name: 'site-script',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                buildStart() {
                  this.emitFile({ type: 'chunk', id, fileName: SITE_SCRIPT.built });
                },
              },
            ],
          },
        });
      },
    },
  };
}
