// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import duplicateIdCheck from './src/integrations/duplicate-ids.ts';
import { listArticleFiles } from './src/registry/article-files.ts';

/** The public origin; absolute links (copy-link, RSS, sitemap) are built on it. */
const site = process.env.SITE_URL ?? 'https://news-analysis.example.org';

/** Slugs with an article file; any other /articles/<slug>/ page is a renamed article's redirect. */
const articleSlugs = new Set(
  listArticleFiles(fileURLToPath(new URL('.', import.meta.url))).map((f) => f.slug),
);

/** Redirect pages and host files are not pages to list in the sitemap. */
function inSitemap(/** @type {string} */ page) {
  const { pathname } = new URL(page);
  const article = /^\/articles\/([^/]+)\/$/.exec(pathname);
  return !pathname.startsWith('/_') && (!article || articleSlugs.has(decodeURIComponent(article[1] ?? '')));
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // the duplicate-id check runs after the others, over the finished dist/
  integrations: [sitemap({ filter: inSitemap }), duplicateIdCheck()],
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
