/**
 * "Cite this article"'s BibTeX and CSL-JSON: each `<pre data-cite-src>` is filled from its file (open
 * data) when the reader opens its section, so the page does not carry formats few readers want. The
 * copy buttons ask for the text through `citeFormatText`, which waits for a fetch still on its way.
 */
const loading = new WeakMap<HTMLElement, Promise<string>>();

/** The text of a citation format's `<pre>`, fetching it the first time; undefined for other elements. */
export function citeFormatText(pre: HTMLElement): Promise<string> | undefined {
  const src = pre.dataset.citeSrc;
  if (!src) return undefined;
  let text = loading.get(pre);
  if (!text) {
    text = fetch(src)
      .then((r) => {
        if (!r.ok) throw new Error(`${src}: ${r.status}`);
        return r.text();
      })
      .then((t) => (pre.textContent = t));
    // a failed fetch is tried again the next time the section opens or its copy button is used
    text.catch(() => loading.delete(pre));
    loading.set(pre, text);
  }
  return text;
}

/** Fills each format's `<pre>` when its section opens (and those the reader opened before this ran). */
export function setupCiteFormats(): void {
  for (const pre of document.querySelectorAll<HTMLElement>('pre[data-cite-src]')) {
    const details = pre.closest('details');
    if (!details) continue;
    const fill = () => {
      if (details.open) citeFormatText(pre)?.catch(() => {});
    };
    details.addEventListener('toggle', fill);
    fill();
  }
}
