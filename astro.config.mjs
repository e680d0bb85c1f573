// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import duplicateIdCheck from './src/integrations/duplicate-ids.ts';
import { listArticleFiles } from './src/registry/article-files.ts';
import siteScript from './src/integrations/site-script.ts';
import securityHeaders from './src/integrations/security-headers.ts';

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
  // The Content-Security-Policy: src/security/policy.ts, written as each page's first <meta> by
  // src/middleware.ts and as host headers (_headers, nginx) by the security-headers integration.
  // The duplicate-id check runs last, over the finished dist/.
  integrations: [sitemap({ filter: inSitemap }), siteScript(), securityHeaders(), duplicateIdCheck()],
  // Articles are rendered by our own unified pipeline (src/markdown); no code blocks to highlight.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
