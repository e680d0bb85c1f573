/**
 * Runs a command with SITE_URL set to the local default when it is unset, so `npm start` builds a site
 * whose absolute links point at the local preview (a production build needs SITE_URL).
 *   node scripts/local-site.ts npm run build
 */
import { spawnSync } from 'node:child_process';
import { withLocalSite } from '../src/lib/site-url.ts';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/local-site.ts <command> [args…]');
  process.exit(2);
}
const result = spawnSync(cmd, args, { stdio: 'inherit', env: withLocalSite() });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
