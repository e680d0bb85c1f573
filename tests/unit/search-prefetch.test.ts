/**
 * The cold-start helper around Pagefind: which language index it expects Pagefind to pick,
 * native gunzip of Pagefind's data files, and the fetch wrapper that hands Pagefind the
 * responses fetched early (each once) and leaves every other request alone.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test, vi } from 'vitest';
import { chooseIndex, decoded, isGzip, PAGEFIND_DATA, prepare } from '../../src/scripts/search/prefetch.ts';

const BASE = 'https://news.example/pagefind/';
const signed = (text: string) => new TextEncoder().encode(`pagefind_dcd${text}`);
const text = async (r: Response) => new TextDecoder().decode(await r.arrayBuffer());

describe('chooseIndex: the same language rule as Pagefind', () => {
  const entry = {
    languages: {
      en: { hash: 'en_1', wasm: 'en', page_count: 3 },
      fr: { hash: 'fr_1', wasm: null, page_count: 9 },
    },
  };
  test('an exact language, then its primary subtag', () => {
    expect(chooseIndex(entry, 'en')).toEqual({ hash: 'en_1', wasm: 'en' });
    expect(chooseIndex(entry, 'en-GB')).toEqual({ hash: 'en_1', wasm: 'en' });
    expect(chooseIndex(entry, 'EN')).toEqual({ hash: 'en_1', wasm: 'en' });
  });
  test('otherwise the language with most pages; no stemmer means the "unknown" core', () => {
    expect(chooseIndex(entry, 'de')).toEqual({ hash: 'fr_1', wasm: 'unknown' });
    expect(chooseIndex(entry, 'unknown')).toEqual({ hash: 'fr_1', wasm: 'unknown' });
  });
  test('no languages: nothing to prefetch', () => {
    expect(chooseIndex({}, 'en')).toBeUndefined();
    expect(chooseIndex({ languages: {} }, 'en')).toBeUndefined();
  });
});

describe('decoded: gunzip by the platform, pass-through otherwise', () => {
  test('a gzip body comes back decoded, with Pagefind’s signature first', async () => {
    const body = gzipSync(signed('core bytes'));
    expect(isGzip(body)).toBe(true);
    const out = await decoded(new Response(body, { status: 200 }));
    expect(await text(out)).toBe('pagefind_dcdcore bytes');
  });
  test('a body the host already decoded is passed through untouched', async () => {
    const body = signed('already plain');
    expect(isGzip(body)).toBe(false);
    expect(await text(await decoded(new Response(body)))).toBe('pagefind_dcdalready plain');
  });
  test('a broken gzip body is left for Pagefind to report, not thrown here', async () => {
    const broken = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]);
    const out = await decoded(new Response(broken));
    expect(new Uint8Array(await out.arrayBuffer())).toEqual(broken);
  });
  test('an error response is returned as it is', async () => {
    const missing = new Response('not found', { status: 404 });
    expect(await decoded(missing)).toBe(missing);
  });
});

test('PAGEFIND_DATA names the binary files, not the script or the entry', () => {
  for (const f of [
    'wasm.en.pagefind',
    'pagefind.en_1.pf_meta',
    'index/en_2.pf_index',
    'filter/en_3.pf_filter',
    'fragment/en_4.pf_fragment',
  ])
    expect(PAGEFIND_DATA.test(`${BASE}${f}`)).toBe(true);
  for (const f of ['pagefind.js', 'pagefind-entry.json?ts=1', 'pagefind-ui.css'])
    expect(PAGEFIND_DATA.test(`${BASE}${f}`)).toBe(false);
});

/** A window whose fetch serves a small Pagefind folder and records every request. */
function fakeWindow(options: { failEntry?: boolean } = {}) {
  const files: Record<string, () => Response> = {
    'pagefind-entry.json': () =>
      Response.json({ version: '1.6.0', languages: { en: { hash: 'en_abc', wasm: 'en', page_count: 2 } } }),
    'pagefind.en_abc.pf_meta': () => new Response(gzipSync(signed('meta'))),
    'wasm.en.pagefind': () => new Response(gzipSync(signed('core'))),
    'index/en_1.pf_index': () => new Response(gzipSync(signed('index'))),
  };
  const calls: string[] = [];
  const native = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url.href);
    const name = url.href.startsWith(BASE) ? url.pathname.replace('/pagefind/', '') : '';
    if (options.failEntry && name === 'pagefind-entry.json' && calls.length === 1)
      throw new TypeError('network down');
    const file = files[name];
    return file ? file() : new Response('elsewhere', { status: name ? 404 : 200 });
  });
  const win = { fetch: native as unknown as typeof fetch };
  return { win, calls, native };
}

/** Lets the early requests (entry, then metadata and core) run. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('prepare: early requests handed to Pagefind', () => {
  test('the entry is fetched at once, then the metadata and core of the chosen language', async () => {
    const { win, calls } = fakeWindow();
    const tag = prepare(BASE, 'en-GB', win);
    expect(tag).toMatch(/^\d+$/);
    expect(calls).toEqual([`${BASE}pagefind-entry.json?ts=${tag}`]);
    await settle();
    expect(calls.slice(1).sort()).toEqual([`${BASE}pagefind.en_abc.pf_meta`, `${BASE}wasm.en.pagefind`]);
  });

  test('Pagefind’s own requests for them are answered from the early responses, each once', async () => {
    const { win, calls } = fakeWindow();
    const tag = prepare(BASE, 'en', win);
    await settle();
    const before = calls.length;
    const entry = await win.fetch(`${BASE}pagefind-entry.json?ts=${tag}`);
    expect((await entry.json()).languages.en.hash).toBe('en_abc');
    expect(await text(await win.fetch(`${BASE}wasm.en.pagefind`))).toBe('pagefind_dcdcore');
    expect(await text(await win.fetch(new Request(`${BASE}pagefind.en_abc.pf_meta`)))).toBe(
      'pagefind_dcdmeta',
    );
    expect(calls.length).toBe(before); // nothing fetched twice
    // A second request for the same file goes to the network again (and is decoded too).
    expect(await text(await win.fetch(`${BASE}wasm.en.pagefind`))).toBe('pagefind_dcdcore');
    expect(calls.length).toBe(before + 1);
  });

  test('Pagefind asking at once still gets each file once: the entry reaches it after the others left', async () => {
    const { win, calls } = fakeWindow();
    const tag = prepare(BASE, 'en', win);
    // As Pagefind does, with no pause: read the entry, then ask for what it names.
    const entry = await (await win.fetch(`${BASE}pagefind-entry.json?ts=${tag}`)).json();
    const hash = entry.languages.en.hash;
    await Promise.all([win.fetch(`${BASE}pagefind.${hash}.pf_meta`), win.fetch(`${BASE}wasm.en.pagefind`)]);
    expect(calls.filter((c) => c.endsWith('wasm.en.pagefind'))).toHaveLength(1);
    expect(calls.filter((c) => c.endsWith('.pf_meta'))).toHaveLength(1);
  });

  test('other Pagefind data files are fetched when asked for, and decoded', async () => {
    const { win, calls } = fakeWindow();
    prepare(BASE, 'en', win);
    await settle();
    expect(await text(await win.fetch(`${BASE}index/en_1.pf_index`))).toBe('pagefind_dcdindex');
    expect(calls.at(-1)).toBe(`${BASE}index/en_1.pf_index`);
  });

  test('requests outside Pagefind’s folder, and non-GET requests, go straight through', async () => {
    const { win, native } = fakeWindow();
    prepare(BASE, 'en', win);
    await settle();
    native.mockClear();
    const init = { headers: { accept: 'text/html' } };
    expect(await text(await win.fetch('https://news.example/actors/', init))).toBe('elsewhere');
    expect(native).toHaveBeenCalledWith('https://news.example/actors/', init);
    const post = { method: 'POST', body: 'x' };
    await win.fetch(`${BASE}wasm.en.pagefind`, post);
    expect(native).toHaveBeenLastCalledWith(`${BASE}wasm.en.pagefind`, post);
  });

  test('a failed early request is retried when Pagefind asks, so it never sees the early failure', async () => {
    const { win, calls } = fakeWindow({ failEntry: true });
    const tag = prepare(BASE, 'en', win);
    await settle();
    expect(calls).toHaveLength(1); // the entry failed: no metadata or core guessed
    const entry = await win.fetch(`${BASE}pagefind-entry.json?ts=${tag}`);
    expect(entry.ok).toBe(true);
    expect(calls).toHaveLength(2);
  });
});
