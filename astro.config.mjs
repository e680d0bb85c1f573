// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

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

/** The public origin; absolute links (copy-link, RSS, sitemap) are built on it. */
const site = process.env.SITE_URL ?? 'https://news-analysis.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), reviewDesk],
  // Articles are rendered by our own unified pipeline (src/markdown); no code blocks to highlight.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search core in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
