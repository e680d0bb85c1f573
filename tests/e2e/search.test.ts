/**
 * Search as readers use it: the queries that must work, filters, shareable URLs,
 * the dialog on every page, highlights on landing, and hostile input.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { baseUrl, openPage, useBrowser } from './helpers.ts';

let browser: Browser;
let context: BrowserContext;
useBrowser((b, c) => {
  browser = b;
  context = c;
});

const panel = '[data-search-panel="page-search"]';

/** Types a query on the search page and waits for the status line to answer it. */
async function searchFor(page: Page, query: string): Promise<string> {
  const input = page.locator(`${panel} input[type="search"]`);
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const s = document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '';
      return s.includes(q.trim().slice(0, 40)); // this query's answer, found or not, not the previous one's
    },
    query,
    { timeout: 10_000 },
  );
  // The results render as their data arrives: wait for the whole first page of them (up to 10).
  await page.waitForFunction(
    () => {
      const status =
        document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '';
      const total = Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);
      return (
        document.querySelectorAll('[data-search-panel="page-search"] li.search-result').length >=
        Math.min(total, 10)
      );
    },
    null,
    { timeout: 10_000 },
  );
  return (await page.locator(`${panel} [data-status]`).textContent()) ?? '';
}

const results = (page: Page) => page.locator(`${panel} li.search-result`);

describe('search page', () => {
  test('loads no search code until the reader starts to search', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(new URL('/articles/2023-12-15-russia-iran-gaza/', baseUrl()).toString());
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('#search-dialog input[type="search"]').fill('Iran');
    await page.waitForFunction(
      () => document.querySelectorAll('#search-dialog li.search-result').length > 0,
      null,
      { timeout: 10_000 },
    );
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await page.close();
  });

  test('the search page loads its search code on the first focus, and keeps keys typed meanwhile', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(new URL('/search/', baseUrl()).toString(), { waitUntil: 'networkidle' });
    const searchCode = () =>
      requests.filter((p) => p.startsWith('/pagefind/') || /\/_astro\/controller\./.test(p));
    expect(searchCode()).toEqual([]);
    // The filters are there before any search code: they are part of the form.
    expect(await page.locator(`${panel} select[data-filter-name="speaker"]`).isVisible()).toBe(true);
    await page.locator(`${panel} input[type="search"]`).click();
    await page.keyboard.type('Hamas'); // at once: the search code is still loading
    await page.waitForFunction(
      () =>
        /for “Hamas”/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    expect(searchCode().some((p) => p.includes('controller'))).toBe(true);
    expect(await page.locator(`${panel} input[type="search"]`).inputValue()).toBe('Hamas');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Hamas');
    await page.close();
  });

  test('"Kirby": his profile, then his quote, found in its article by his name', async () => {
    const { page, errors } = await openPage(context, '/search/');
    const status = await searchFor(page, 'Kirby');
    expect(status).toMatch(/^\d+ results? for “Kirby”/);
    await results(page).nth(1).waitFor();
    const kinds = await results(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds.slice(0, 2)).toEqual(['actor profile', 'quote']);
    const first = results(page).nth(1);
    // a result of its own, landing on the quote in its article (quote pages are not indexed)
    expect(await first.locator('a.search-title').getAttribute('href')).toMatch(
      /^\/articles\/2023-12-15-russia-iran-gaza\/\?highlight=Kirby#q-clearly-a-growing-relationship$/,
    );
    expect(await first.locator('.search-title').innerText()).toContain(
      'clearly a growing relationship in the defense realm',
    );
    // "what he described as “…”": a characterisation, low confidence, worded as such
    expect(await first.locator('.search-speaker').innerText()).toBe(
      'Possibly said by John Kirby, US national security spokesman (named in the text; uncertain)',
    );
    // The count is of the items the reader sees (profile, quote, article), not of the pages matched.
    await page.waitForFunction(() => {
      const items = document.querySelectorAll('[data-search-panel="page-search"] li.search-result').length;
      const text = document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent;
      return items > 2 && text?.startsWith(`${items} results for “Kirby”`);
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('"Tazmini" with the speaker filter: only her quotes and the article that carries them', async () => {
    const { page } = await openPage(context, '/search/');
    await searchFor(page, 'Tazmini');
    const speaker = page.locator(`${panel} select[data-filter-name="speaker"]`);
    await speaker.focus(); // the filter lists load when a reader goes to one
    await speaker.selectOption('Ghoncheh Tazmini');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('speaker') === 'Ghoncheh Tazmini',
    );
    // The filtered results are in once the status counts them (her two quotes, and the article with her
    // reported statement) and her quotes show.
    await page.waitForFunction(() => {
      const status =
        document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '';
      return (
        /^3 results for “Tazmini”/.test(status) &&
        document.querySelectorAll('[data-search-panel="page-search"] li.search-result[data-kind="quote"]')
          .length === 2
      );
    });
    const kinds = await results(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds.filter((k) => k === 'quote').length).toBe(2);
    const speakers = await page
      .locator(`${panel} li.search-result[data-kind="quote"] .search-speaker`)
      .allInnerTexts();
    expect(speakers).toHaveLength(2);
    // Each as sure as the analysis is: "Said by", or "Probably said by … (attributed by …; uncertain)".
    for (const line of speakers)
      expect(line).toMatch(
        /^(Said|Probably said|Possibly said) by Ghoncheh Tazmini, a visiting fellow at the Middle East Centre, LSE( \(attributed .+; uncertain\))?$/,
      );
    // The article that carries them lists her words and nothing else.
    const subs = await page
      .locator(`${panel} li.search-result[data-kind="paragraph"] .search-subs a`)
      .allInnerTexts();
    expect(subs.length).toBeGreaterThan(0);
    for (const sub of subs) expect(sub).toMatch(/^(Quote|Reported): Ghoncheh Tazmini$/);
    await page.close();
  });

  test('"Tehran" finds Iran, by its alias', async () => {
    const { page } = await openPage(context, '/search/');
    await searchFor(page, 'Tehran');
    const titles = await results(page).locator('.search-title').allInnerTexts();
    expect(titles.slice(0, 3)).toContain('Iran');
    await page.close();
  });

  test('an exact phrase lands on the Gasanov quote, highlighted', async () => {
    const { page, errors } = await openPage(context, '/search/');
    await searchFor(page, '"stronger than ever"');
    const first = results(page).first();
    expect(await first.getAttribute('data-kind')).toBe('quote');
    // the quote's speaker is named in its sentence, not next to it, and nobody else is: the confidence model
    // is sure of it (high), so it reads as fact
    expect(await first.locator('.search-speaker').innerText()).toBe(
      'Said by Kamran Gasanov, a political analyst at Russian International Affairs Council',
    );
    await first.locator('a.search-title').click();
    await page.waitForURL(/\/articles\/2023-12-15-russia-iran-gaza\/\?highlight=/);
    const url = new URL(page.url());
    const target = page.locator(`[id="${url.hash.slice(1)}"]`);
    expect(await target.getAttribute('class')).toContain('quote');
    expect(await target.innerText()).toContain(
      'relations between Russia and Iran have become stronger than ever',
    );
    await page.waitForSelector('mark.search-hit');
    // The phrase is marked, and nothing else.
    const marked = await page.locator('mark.search-hit').allInnerTexts();
    expect(marked.join(' ').toLowerCase()).toBe('stronger than ever');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ['Gasan', 'Kamran Gasanov', 'a prefix'],
    ['hezbollah', 'Hezbollah', 'any case'],
  ])('"%s" finds %s (%s)', async (query, title) => {
    const { page } = await openPage(context, '/search/');
    await searchFor(page, query);
    const titles = await results(page).locator('.search-title').allInnerTexts();
    expect(titles).toContain(title);
    await page.close();
  });

  test('"Meshaal NATO": several terms find the paragraph with both', async () => {
    const { page } = await openPage(context, '/search/');
    await searchFor(page, 'Meshaal NATO');
    const text = (await results(page).allInnerTexts()).join('\n');
    expect(text).toMatch(/NATO/);
    expect(text).toMatch(/Meshaal/);
    const links = await page
      .locator(`${panel} .search-subs a, ${panel} a.search-title`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(
      links.some((h) => /#the-gaza-war-puts/.test(h ?? '') || /#q-puts-pressure-on-nato/.test(h ?? '')),
    ).toBe(true);
    await page.close();
  });

  test('no results: a helpful empty state', async () => {
    const { page } = await openPage(context, '/search/');
    const status = await searchFor(page, 'zzqxjvw');
    expect(status).toBe('No results for “zzqxjvw”.');
    const empty = page.locator(`${panel} [data-empty]`);
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('a[href="/actors/"]').count()).toBe(1);
    await page.close();
  });

  test('the query lives in the URL: shareable, and back/forward work', async () => {
    const { page } = await openPage(context, '/search/?q=Hamas');
    await page.waitForFunction(() => document.querySelectorAll('li.search-result').length > 0, null, {
      timeout: 10_000,
    });
    expect(await page.locator(`${panel} input[type="search"]`).inputValue()).toBe('Hamas');
    await page.locator(`${panel} input[type="search"]`).fill('Houthis');
    await page.locator(`${panel} input[type="search"]`).press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Houthis');
    await page.goBack();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-search-panel="page-search"] input') as HTMLInputElement).value ===
        'Hamas',
    );
    await page.waitForFunction(() =>
      document
        .querySelector('[data-search-panel="page-search"] [data-status]')
        ?.textContent?.includes('Hamas'),
    );
    await page.goForward();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-search-panel="page-search"] input') as HTMLInputElement).value ===
        'Houthis',
    );
    await page.close();
  });

  test('without JavaScript the page says search needs it and links to the indexes', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL('/search/?q=Kirby', baseUrl()).toString());
    const notice = page.locator('main noscript, main p:has-text("needs JavaScript")');
    expect(await page.locator('main').innerText()).toMatch(/needs JavaScript/);
    expect(await notice.count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/actors/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/quotes/"]').count()).toBeGreaterThan(0);
    await ctx.close();
  });
});

describe('search that means what it says', () => {
  test('Speaker = John Kirby with "Russia": his words, and nothing else', async () => {
    const { page, errors } = await openPage(context, '/search/?q=Russia&speaker=John+Kirby');
    await page.waitForFunction(
      () =>
        /filtered by speaker/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    await results(page).first().waitFor();
    await page.waitForTimeout(300);
    const items = await results(page).evaluateAll((els) =>
      els.map((el) => ({
        kind: (el as HTMLElement).dataset.kind,
        said: el.querySelector('.search-speaker')?.textContent ?? '',
        subs: [...el.querySelectorAll('.search-subs a')].map((a) => a.textContent),
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      if (item.kind === 'quote') expect(item.said).toMatch(/said by John Kirby/i);
      else expect(item.subs.length && item.subs.every((t) => t === 'Quote: John Kirby')).toBe(true);
    }
    // Among them, his quote in the paragraph about the Russian announcement.
    const links = await page
      .locator(`${panel} .search-subs a, ${panel} li[data-kind="quote"] a.search-title`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((h) => /#q-clearly-a-growing-relationship$/.test(h ?? ''))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Kind = quote with "Russia": quotes only, each landing on the quote in its article', async () => {
    const { page, errors } = await openPage(context, '/search/?q=Russia&kind=quote');
    await page.waitForFunction(
      () =>
        /filtered by kind: quote/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ) && document.querySelectorAll('[data-search-panel="page-search"] li.search-result').length > 0,
      null,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(300);
    const items = await results(page).evaluateAll((els) =>
      els.map((el) => ({
        kind: (el as HTMLElement).dataset.kind,
        href: el.querySelector('a.search-title')?.getAttribute('href') ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(1);
    // the count is of the quotes shown, not of the one article they are in
    expect(await page.locator(`${panel} [data-status]`).innerText()).toMatch(
      new RegExp(`^${items.length} results for “Russia”`),
    );
    for (const item of items) {
      expect(item.kind).toBe('quote');
      expect(item.href).toMatch(/^\/articles\/[^/]+\/\?highlight=Russia#q-/);
    }
    // the kind is offered in the list, though the index has no pages of it to count
    const kind = page.locator(`${panel} select[data-filter-name="kind"]`);
    expect(await kind.inputValue()).toBe('quote');
    expect(await kind.locator('option[value="quote"]').innerText()).toBe('quote');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a shared link whose filter matches nothing says so and offers to clear it', async () => {
    const { page, errors } = await openPage(context, '/search/?q=Russia&speaker=Nobody+Here');
    const status = page.locator(`${panel} [data-status]`);
    await page.waitForFunction(
      () =>
        /Nobody Here/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    expect(await status.innerText()).toBe(
      'No results for “Russia”, filtered by speaker: Nobody Here (not in the index: the link may be out of date).',
    );
    expect(await page.locator(`${panel} select[data-filter-name="speaker"]`).inputValue()).toBe(
      'Nobody Here',
    );
    const clear = page.getByRole('button', { name: 'Clear the filters' });
    expect(await clear.isVisible()).toBe(true);
    await clear.click();
    await page.waitForFunction(
      () =>
        /^\d+ results? for “Russia”\.$/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    await results(page).first().waitFor(); // results render as their data arrives, after the count
    await page.waitForFunction(() => new URL(location.href).searchParams.get('speaker') === null);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('excerpts do not repeat titles, and actors read as sentences', async () => {
    const { page } = await openPage(context, '/search/');
    await searchFor(page, 'Kirby');
    const actor = results(page).and(page.locator('[data-kind="actor profile"]')).first();
    // "(uncertain)" follows the count while the analysis is not sure of the quote (tests/unit/reading).
    expect((await actor.locator('p').first().innerText()).replace(/^ACTOR\s*/i, '')).toMatch(
      /^John Kirby, US national security spokesman \(United States\): named in 1 paragraph, quoted directly once( \(uncertain\))?\.$/,
    );
    await searchFor(page, 'Russian announcement');
    const rows = await results(page).evaluateAll((els) =>
      els.flatMap((el) => [
        {
          title: el.querySelector('.search-title')?.textContent ?? '',
          excerpt: el.querySelector(':scope > .search-excerpt')?.textContent ?? '',
        },
        ...[...el.querySelectorAll('.search-subs li')].map((li) => ({
          title: li.querySelector('a')?.textContent ?? '',
          excerpt: li.querySelector('.search-excerpt')?.textContent?.replace(/^ — /, '') ?? '',
        })),
      ]),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const { title, excerpt } of rows) {
      const opening = title.split(' ').slice(0, 4).join(' ');
      expect(excerpt.startsWith(opening), `"${title}" / "${excerpt}"`).toBe(false);
    }
    await page.close();
  });

  test('an exact phrase comes first, and the landing marks the phrase, not stray words', async () => {
    const { page, errors } = await openPage(context, '/search/');
    // Pagefind alone ranks Gasanov's "stronger than ever" first; the paragraph with the phrase leads.
    await searchFor(page, 'more than ever');
    const first = results(page).first().locator('.search-subs li').first();
    expect(await first.locator('a').innerText()).toBe('Paragraph 9');
    expect(await first.innerText()).toContain('more than ever');
    await first.locator('a').click();
    await page.waitForURL(/highlight=more/);
    await page.waitForSelector('mark.search-hit');
    const marks = await page
      .locator('mark.search-hit')
      .evaluateAll((ms) => ms.map((m) => ({ text: m.textContent, in: m.closest('p')?.id })));
    expect(marks.map((m) => m.text).join(' ')).toBe('more than ever');
    expect(new Set(marks.map((m) => m.in))).toEqual(new Set([new URL(page.url()).hash.slice(1)]));
    // With the analysis layer on, the marks are still there (mention links carry them too).
    await page.locator('#show-analysis').check();
    expect(await page.locator('.article-body mark.search-hit:visible').count()).toBeGreaterThan(0);
    // (Filter lists still loading when the result was followed are cut short: not an error.)
    expect(errors.filter((e) => !e.includes('ERR_ABORTED'))).toEqual([]);
    await page.close();
  });
});

describe('search dialog', () => {
  test.each([
    ['/', 'Slash'],
    ['Control+k', 'Ctrl+K'],
  ])('opens with %s from any page, searches, and Escape returns focus', async (keys) => {
    const { page, errors } = await openPage(context, '/actors/');
    await page.locator('h1').click();
    await page.keyboard.press(keys);
    const dialog = page.locator('#search-dialog');
    // the dialog is built on first open: it may not exist yet when the key has just been pressed
    await page.waitForFunction(
      () => (document.getElementById('search-dialog') as HTMLDialogElement | null)?.open === true,
    );
    await page.waitForFunction(() => document.activeElement?.matches('#search-dialog input[type="search"]'));
    await page.keyboard.type('Meshaal');
    // Results for a shorter prefix ("Mesha") may show first while the last keys are searched.
    await page.waitForFunction(
      () => /for “Meshaal”/.test(document.querySelector('#search-dialog [data-status]')?.textContent ?? ''),
      null,
      { timeout: 10_000 },
    );
    expect(await dialog.locator('[data-status]').innerText()).toMatch(/^\d+ results? for “Meshaal”/);
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('keyboard only: Tab from the input reaches the results', async () => {
    const { page } = await openPage(context, '/');
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.matches('#search-dialog input[type="search"]'));
    await page.keyboard.type('Hezbollah');
    await page.waitForFunction(
      () => document.querySelectorAll('#search-dialog li.search-result a').length > 0,
      null,
      { timeout: 10_000 },
    );
    let onResult = false;
    for (let i = 0; i < 12 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(
        () => !!document.activeElement?.closest('#search-dialog li.search-result'),
      );
    }
    expect(onResult).toBe(true);
    await page.close();
  });
});

describe('hostile input', () => {
  const hostile = [
    ['a 10,000-character query', 'x'.repeat(10_000)],
    ['an HTML injection', '<img src=x onerror=alert(1)>'],
    ['SQL-ish', '"; DROP TABLE quotes; --'],
    ['emoji', '🇷🇺 🇮🇷 🔥'],
    ['right-to-left text', 'غزة روسيا إيران'],
    ['regex metacharacters', '.*+?^${}()|[]\\ (Iran'],
  ];
  test.each(hostile)('%s: no script runs, no console error, the UI stays usable', async (_name, query) => {
    const { page, errors } = await openPage(context, '/search/');
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    const input = page.locator(`${panel} input[type="search"]`);
    await input.fill(query!);
    await input.press('Enter');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '') !== '',
      null,
      { timeout: 10_000 },
    );
    expect(await page.locator(`${panel} [data-results] img`).count()).toBe(0);
    // Still usable: a normal search answers.
    const status = await searchFor(page, 'Iran');
    expect(status).toMatch(/^\d+ results? for “Iran”/);
    // The highlight on a landing page treats the query as text, too.
    await page.goto(
      new URL(
        `/articles/2023-12-15-russia-iran-gaza/?highlight=${encodeURIComponent(query!)}`,
        baseUrl(),
      ).toString(),
    );
    // The highlight code has run once its file is in and the page has painted after it.
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/highlight\.[\w-]+\.js$/.test(e.name)),
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('keys typed the instant the dialog opens are not lost while search loads', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(new URL('/conflicts/', baseUrl()).toString());
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Hamas'); // no wait: the search code is still loading
  await page.waitForFunction(
    () => /for “Hamas”/.test(document.querySelector('#search-dialog [data-status]')?.textContent ?? ''),
    null,
    { timeout: 10_000 },
  );
  expect(await page.locator('#search-dialog input[type="search"]').inputValue()).toBe('Hamas');
  await browser.close();
});

test('a sub-result titled as a quote holds that quote, not the words after it', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(new URL('/search/?q=Meshaal', baseUrl()).toString());
  await page.waitForFunction(
    () => document.querySelectorAll('[data-search-panel="page-search"] .search-subs a').length > 0,
    null,
    { timeout: 10_000 },
  );
  const subs = await page.locator('[data-search-panel="page-search"] .search-subs a').allInnerTexts();
  // Meshaal is named after Gasanov's quote in paragraph 10: that text belongs to ¶10, not to "Quote: Kamran Gasanov".
  expect(subs).not.toContain('Quote: Kamran Gasanov');
  expect(subs.some((s) => s === 'Paragraph 10' || s.startsWith('Reported: Khaled Meshaal'))).toBe(true);
  await browser.close();
});

describe('cold start', () => {
  /** A fresh search page with an init script, recording Pagefind's requests and any error. */
  async function coldPage(init?: () => void) {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    const pagefind: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(new URL('/search/', baseUrl()).toString(), { waitUntil: 'networkidle' });
    return { page, pagefind, errors };
  }

  test('the early requests are the ones Pagefind uses: no file is fetched twice', async () => {
    const { page, pagefind, errors } = await coldPage();
    expect(pagefind).toEqual([]);
    await page.locator(`${panel} input[type="search"]`).focus();
    await page.keyboard.type('Kirby');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-search-panel="page-search"] li.search-result').length >= 3,
      null,
      { timeout: 10_000 },
    );
    const names = pagefind.map((u) => new URL(u).pathname.replace('/pagefind/', ''));
    expect(names.filter((n) => n === 'pagefind-entry.json')).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('wasm.'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('.pf_meta'))).toHaveLength(1);
    expect(new Set(pagefind).size).toBe(pagefind.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without module workers or DecompressionStream (older browsers) Pagefind runs in the page and inflates its files itself', async () => {
    const { page, errors } = await coldPage(() => {
      delete (window as unknown as { DecompressionStream?: unknown }).DecompressionStream;
      delete (window as unknown as { Worker?: unknown }).Worker;
    });
    expect(
      await page.evaluate(
        () => typeof (window as unknown as { DecompressionStream?: unknown }).DecompressionStream,
      ),
    ).toBe('undefined');
    const status = await searchFor(page, 'Kirby');
    expect(status).toMatch(/^\d+ results? for “Kirby”/);
    await page.locator(`${panel} li.search-result[data-kind="quote"]`).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('when the index cannot load, the reader is told so and offered the indexes', async () => {
    const page = await context.newPage();
    await page.route('**/pagefind/pagefind-entry.json*', (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    );
    await page.goto(new URL('/search/', baseUrl()).toString());
    await page.locator(`${panel} input[type="search"]`).fill('Iran');
    await page.waitForFunction(
      () =>
        /could not load/.test(
          document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
        ),
      null,
      { timeout: 10_000 },
    );
    expect(await page.locator(`${panel} [data-empty]`).isVisible()).toBe(true);
    expect(await page.locator(`${panel} [data-empty] a[href="/quotes/"]`).count()).toBe(1);
    expect(await results(page).count()).toBe(0);
    expect(await page.locator(`${panel} [data-empty]`).innerText()).not.toMatch(/Nothing matched/);
    await page.close();
  });
});

test('on the search page "/", Ctrl+K and the header link go to its own box, keeping the query', async () => {
  const { page, errors } = await openPage(context, '/search/?q=Hamas');
  await page.waitForFunction(
    () => document.querySelectorAll('[data-search-panel="page-search"] li.search-result').length > 0,
    null,
    { timeout: 10_000 },
  );
  const isPageBox = () => page.evaluate(() => document.activeElement?.id === 'page-search-q');
  for (const keys of ['/', 'Control+k']) {
    await page.locator('h1').click();
    expect(await isPageBox()).toBe(false);
    await page.keyboard.press(keys);
    expect(await isPageBox()).toBe(true);
    expect(
      await page.evaluate(
        () => (document.getElementById('search-dialog') as HTMLDialogElement | null)?.open ?? false,
      ),
    ).toBe(false);
  }
  await page.locator('h1').click();
  await page.locator('header [data-search-open]').first().click();
  expect(await isPageBox()).toBe(true);
  expect(new URL(page.url()).searchParams.get('q')).toBe('Hamas');
  expect(await page.locator(`${panel} input[type="search"]`).inputValue()).toBe('Hamas');
  expect(errors).toEqual([]);
  await page.close();
});

test('Enter pressed before the search code has loaded searches in place, without a reload', async () => {
  const { page, errors } = await openPage(context, '/search/');
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
  const input = page.locator(`${panel} input[type="search"]`);
  await input.fill('Houthis');
  await input.press('Enter'); // within milliseconds of the first focus
  await page.waitForFunction(
    () =>
      /for “Houthis”/.test(
        document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
      ),
    null,
    { timeout: 10_000 },
  );
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Houthis');
  expect(errors).toEqual([]);
  await page.close();
});

test('a filter chosen before any query lists its choices and searches by it alone', async () => {
  const { page, errors } = await openPage(context, '/search/');
  await page.waitForLoadState('networkidle');
  const speaker = page.locator(`${panel} select[data-filter-name="speaker"]`);
  await speaker.focus();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-search-panel="page-search"] select[data-filter-name="speaker"] option')
        .length > 2,
    null,
    { timeout: 10_000 },
  );
  const tazmini = await speaker.locator('option', { hasText: 'Ghoncheh Tazmini' }).getAttribute('value');
  await speaker.selectOption(tazmini!);
  await page.waitForFunction(
    () =>
      /filtered by speaker/.test(
        document.querySelector('[data-search-panel="page-search"] [data-status]')?.textContent ?? '',
      ),
    null,
    { timeout: 10_000 },
  );
  expect(await page.locator(`${panel} [data-status]`).innerText()).toMatch(
    /^\d+ results? filtered by speaker: Ghoncheh Tazmini\.$/,
  );
  await results(page).first().waitFor(); // results render as their data arrives, after the count
  // The address follows once the first result has painted.
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('speaker') === v, tazmini, {
    timeout: 5_000,
  });
  expect(errors).toEqual([]);
  await page.close();
});

describe('short queries, and a search that never blocks typing', () => {
  const status = (page: Page) => page.locator(`${panel} [data-status]`).textContent();
  const TOO_SHORT = 'Type one more character to search.';

  test('one character searches nothing: the status asks for one more, once, and earlier results go', async () => {
    const { page, errors } = await openPage(context, '/search/');
    await page.evaluate((p) => {
      const s = document.querySelector(`${p} [data-status]`)!;
      const said: string[] = ((window as unknown as { __said: string[] }).__said = []);
      new MutationObserver(() => said.push(s.textContent ?? '')).observe(s, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }, panel);
    await page.locator(`${panel} input[type="search"]`).click();
    await page.keyboard.type('K');
    await page.waitForFunction(
      ([p, t]) => document.querySelector(`${p} [data-status]`)?.textContent === t,
      [panel, TOO_SHORT],
    );
    await page.keyboard.type('.'); // still one letter: nothing new to say
    await page.waitForTimeout(400);
    expect(await results(page).count()).toBe(0);
    expect(await page.locator(`${panel} [data-empty]`).isVisible()).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual([
      TOO_SHORT,
    ]);
    // A second letter searches; back to one, the results of the longer query leave with it.
    await page.keyboard.press('Backspace');
    expect(await searchFor(page, 'Kirby')).toMatch(/^\d+ results? for “Kirby”/);
    await page.locator(`${panel} input[type="search"]`).fill('K');
    await page.waitForFunction(
      ([p, t]) => document.querySelector(`${p} [data-status]`)?.textContent === t,
      [panel, TOO_SHORT],
    );
    expect(await results(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a two-letter word is searched as that word: "US" finds it, "th" asks for one more character', async () => {
    const { page, errors } = await openPage(context, '/search/');
    expect(await searchFor(page, 'US')).toMatch(/^\d+ results? for the word “US”\.$/);
    expect(await results(page).count()).toBeGreaterThan(0);
    expect(await searchFor(page, 'th')).toBe(
      'No results for the word “th”. Type one more character to find words that begin with it.',
    );
    expect(await results(page).count()).toBe(0);
    // mid-word, not a search that failed: no box of advice
    expect(await page.locator(`${panel} [data-empty]`).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('three letters: the word when the archive has it, else the words that begin with them', async () => {
    const { page, errors } = await openPage(context, '/search/');
    expect(await searchFor(page, 'war')).toMatch(/^\d+ results? for the word “war”\.$/);
    // no word "kir": Kirby, found by his name's beginning
    expect(await searchFor(page, 'Kir')).toMatch(/^\d+ results? for “Kir”\.$/);
    expect(await results(page).first().locator('a.search-title').innerText()).toContain('Kirby');
    expect(await status(page)).not.toContain('the word');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Pagefind runs in a worker: its code and index are fetched there, not by the page', async () => {
    const { page, errors } = await openPage(context, '/search/');
    const started = page.waitForEvent('worker', { timeout: 10_000 });
    expect(await searchFor(page, 'Kirby')).toMatch(/^\d+ results? for “Kirby”/);
    const worker = await started;
    expect(worker.url()).toMatch(/\/_astro\/search-worker[-.][\w-]+\.js$/);
    const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const inWorker = await worker.evaluate(fetched);
    expect(inWorker).toContain('/pagefind/pagefind.js');
    expect(inWorker.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
    expect(inWorker.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    expect((await page.evaluate(fetched)).filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
