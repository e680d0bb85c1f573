/**
 * The few inline scripts that must run before paint. The Content Security Policy allows each by its
 * hash, which src/security/meta.ts takes from the built page itself.
 */

/**
 * Before paint, on every page: `.js` shows the controls that need JavaScript, `.can-copy` the copy-link
 * buttons, and a saved theme choice becomes a class (without one, CSS follows the system's theme; with
 * storage blocked, too). Written small: every page carries it.
 */
export const BEFORE_PAINT =
  "(function(){var r=document.documentElement.classList;r.add('js');" +
  "if(window.isSecureContext&&navigator.clipboard)r.add('can-copy');" +
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')r.add(t)}catch(e){}})();";

/**
 * Restores the analysis layer's switch from the reader's last choice, and remembers each change (see
 * AnalysisSwitch.astro). Inline, so it works before and without the site script. It also fetches the
 * article's analysis (`data-analysis` on the switch: its page) into #analysis the first time the layer
 * is on or the reader goes to #analysis, replacing the section's `[data-analysis-body]` stub once the
 * page is parsed; a failed fetch leaves the stub's link and is tried again on the next request.
 */
export const RESTORE_ANALYSIS_SWITCH =
  "(function(){var b=document.getElementById('show-analysis'),d=document,busy=0;" +
  'function load(){if(busy)return;busy=1;' +
  'fetch(b.dataset.analysis).then(function(r){if(!r.ok)throw r;return r.text()}).then(function(t){' +
  "var n=new DOMParser().parseFromString(t,'text/html').querySelector('[data-analysis-body]');" +
  "function put(){var s=d.querySelector('#analysis [data-analysis-body]');if(s&&n)s.replaceWith(d.adoptNode(n))}" +
  "d.readyState==='loading'?d.addEventListener('DOMContentLoaded',put):put()}).catch(function(){busy=0})}" +
  "function asked(){if(location.hash==='#analysis')load()}" +
  "try{b.checked=localStorage.getItem('analysis-layer')==='on'}catch(e){}" +
  "b.addEventListener('change',function(){if(b.checked)load();" +
  "try{localStorage.setItem('analysis-layer',b.checked?'on':'off')}catch(e){}});" +
  "addEventListener('hashchange',asked);asked();if(b.checked)load()})();";
