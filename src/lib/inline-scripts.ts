/**
 * The few inline scripts that must run before paint. The Content Security Policy allows each by its
 * hash, which src/security/meta.ts takes from the built page itself.
 */

/**
 * Restores the analysis layer's switch from the reader's last choice, and remembers each change (see
 * AnalysisSwitch.astro). Inline, so it works before and without the site script.
 */
export const RESTORE_ANALYSIS_SWITCH =
  "try{var b=document.getElementById('show-analysis');b.checked=localStorage.getItem('analysis-layer')==='on';" +
  "b.addEventListener('change',function(){try{localStorage.setItem('analysis-layer',b.checked?'on':'off')}" +
  'catch(e){}})}catch(e){}';
