// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import duplicateIdCheck from './src/integrations/duplicate-ids.ts';
import siteScript from './src/integrations/site-script.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { resolveSiteUrl } from './src/lib/site-url.ts';

/**
 * The site's public address, from which every absolute URL is built (canonical, og:url, feeds, sitemap,
 * robots.txt, social cards, JSON-LD, the CSV's `url`). Set the SITE_URL environment variable, or write the
 * address here, e.g. 'https://analysis.example.com'. A build with neither fails and says so; `npm start`,
 * `npm test` and the benches build with http://127.0.0.1:4321 when SITE_URL is unset.
 */
const site = undefined;

/** Puts the checked address in the config, or stops a build that has none. */
function siteAddress() {
  return {
    name: 'site-address',
    hooks: {
      /** @param {{ command: 'dev' | 'build' | 'preview' | 'sync', updateConfig: (c: object) => void }} options */
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ site: resolveSiteUrl({ env: process.env.SITE_URL, configured: site, command }) });
      },
    },
  };
}

/** The review desk (/review/) on the dev server only: it is never part of the published site. */
const reviewDesk = {
  name: 'review-desk',
  hooks: {
    /** @param {{ command: string, injectRoute: (route: { pattern: string, entrypoint: string }) => void }} options */
    'astro:config:setup': ({ command, injectRoute }) => {
      if (command === 'dev') injectRoute({ pattern: '/review', entrypoint: './src/dev/review.ts' });
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The Content-Security-Policy: src/security/policy.ts, written as each page's first <meta> by
  // src/middleware.ts and as host headers (_headers, nginx) by the security-headers integration.
  // The duplicate-id check runs last, over the finished dist/.
  integrations: [siteAddress(), siteScript(), securityHeaders(), reviewDesk, duplicateIdCheck()],
  // Articles are rendered by our own unified pipeline (src/markdown); no code blocks to highlight.
  markdown: { syntaxHighlight: false },
  // The search worker (src/scripts/search/search-worker.ts) is a module worker: it imports Pagefind.
  vite: { plugins: [tailwindcss()], worker: { format: 'es' } },
});
