// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import siteScript from './src/integrations/site-script.ts';
import securityHeaders from './src/integrations/security-headers.ts';

/** The public origin; absolute links (copy-link, RSS, sitemap) are built on it. */
const site = process.env.SITE_URL ?? 'https://news-analysis.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The Content-Security-Policy: src/security/policy.ts, written as each page's first <meta> by
  // src/middleware.ts and as host headers (_headers, nginx) by the security-headers integration.
  integrations: [sitemap(), siteScript(), securityHeaders()],
  // Articles are rendered by our own unified pipeline (src/markdown); no code blocks to highlight.
  markdown: { syntaxHighlight: false },
  vite: { plugins: [tailwindcss()] },
});
