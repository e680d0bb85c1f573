/**
 * The site's public address: one setting, `SITE_URL` (or `site` in astro.config.mjs), from which every
 * absolute URL is built (canonical, og:url, feeds, sitemap, robots.txt, the CSV's `url`, JSON-LD).
 * A production build without it fails, so a forgotten setting never publishes a placeholder.
 */

/** The address `npm start`, `npm test`, the benches and CI build with when SITE_URL is unset. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

const HOW_TO_SET =
  'Set it to the public address the site is served from, e.g. `SITE_URL=https://analysis.example.com npm run build`, ' +
  'or write it as `site` in astro.config.mjs. For a local build use `npm start`, or SITE_URL=' +
  LOCAL_SITE_URL +
  '.';

/**
 * Checks a configured site address and returns it normalised (`https://host/`), or throws an error that
 * says what is wrong and how to fix it. `source` names where the value came from.
 */
export function checkSiteUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${source} is not an absolute URL: '${value}'. ${HOW_TO_SET}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${source} must be an http(s) address, not '${value}'. ${HOW_TO_SET}`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(
      `${source} must be the site's origin only (scheme, host and port, e.g. https://analysis.example.com), ` +
        `not '${value}': the site's pages are served from the root.`,
    );
  return url.toString();
}

/**
 * The site address for an Astro command: SITE_URL, else the configured `site`, else (for everything but a
 * build) the local default. A build without either throws.
 */
export function resolveSiteUrl(options: {
  env: string | undefined;
  configured: string | undefined;
  command: 'dev' | 'build' | 'preview' | 'sync';
}): string {
  if (options.env) return checkSiteUrl(options.env, 'SITE_URL');
  if (options.configured) return checkSiteUrl(options.configured, '`site` in astro.config.mjs');
  if (options.command === 'build')
    throw new Error(
      `The site's public address is not set: canonical links, feeds, the sitemap and social cards need it. ${HOW_TO_SET}`,
    );
  return LOCAL_SITE_URL + '/';
}

/** `process.env` with SITE_URL set to the local default when it is unset (npm start, npm test, benches). */
export function withLocalSite(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, SITE_URL: env.SITE_URL || LOCAL_SITE_URL };
}

/** The absolute URL of a site path (`/articles/x/#p`) on the configured address. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error(`absoluteUrl('${path}'): the site address is not configured (SITE_URL).`);
  return new URL(path, site).toString();
}
