/**
 * The few inline scripts that must run before paint, and their hashes for the Content Security
 * Policy (a layout registers a hash with `Astro.csp.insertScriptHash` before its <head> renders).
 */
import { createHash } from 'node:crypto';

/**
 * Restores the analysis layer's switch from the reader's last choice, and remembers each change (see
 * AnalysisSwitch.astro). Inline, so it works before and without the site script.
 */
export const RESTORE_ANALYSIS_SWITCH =
  "try{var b=document.getElementById('show-analysis');b.checked=localStorage.getItem('analysis-layer')==='on';" +
  "b.addEventListener('change',function(){try{localStorage.setItem('analysis-layer',b.checked?'on':'off')}" +
  'catch(e){}})}catch(e){}';

/** The CSP source that allows exactly `code` as an inline script. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
