import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useBrowser } from './browser.ts';
import { uiStrings } from '../support/project.ts';


useBrowser();

/** Waits until the search page has finished: its status no longer says "Searching…". */
async function settled(page: Page, statusSelector = '[data-search-status]') {
  await page.waitForFunction(
    (selector) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    },
    statusSelector,
    { timeout: 15_000 },
  );
  return (await page.locator(statusSelector).textContent())!;
}

async function sectionLinks(page: Page): Promise<string[]> {
  return page.locator('[data-search-results] .search-hit__section').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** The chapter at `url` must not hold the query as typed: a hit then proves search matched another form. */
async function expectFormAbsent(page: Page, url: string, lang: string, query: string) {
  await page.goto(url);
  const chapterText = (await page.locator('article').textContent())!.toLocaleLowerCase(lang);
  expect(chapterText, `"${query}" appears verbatim; pick a form that does not`).not.toMatch(
    new RegExp(`(^|[^\\p{L}])${query.toLocaleLowerCase(lang)}($|[^\\p{L}])`, 'u'),
  );
}

/** The search page's status and result section links for `query`, once it has finished. */
async function searchFor(page: Page, base: string, lang: string, query: string) {
  await page.goto(`${base}${lang}/search/?q=${encodeURIComponent(query)}`);
  const status = await settled(page);
  return { status, links: await sectionLinks(page) };
}

/**
 * One real inflected query per language. `absent` is the query word as typed: the
 * test first checks that this exact form is NOT in the chapter, so a hit proves the
 * search matched another form of the word (stemming, or for Latvian the ending
 * stripping with prefix and diacritic-tolerant matching).
 */
const inflected: { lang: string; query: string; section: string }[] = [
  { lang: 'en', query: 'exploiting', section: 'recognising-victims/#' },
  { lang: 'de', query: 'Indikators', section: 'recognising-victims/#' },
  { lang: 'ru', query: 'признаках', section: 'recognising-victims/#' },
  { lang: 'lv', query: 'pazīmēs', section: 'recognising-victims/#' },
  { lang: 'et', query: 'tunnustele', section: 'recognising-victims/#' },
  { lang: 'lt', query: 'požymiais', section: 'recognising-victims/#' },
  { lang: 'pl', query: 'wskaźnikami', section: 'recognising-victims/#' },
  { lang: 'fi', query: 'tunnusmerkeistä', section: 'recognising-victims/#' },
  { lang: 'sv', query: 'indikatorernas', section: 'recognising-victims/#' },
  { lang: 'nb', query: 'indikatorens', section: 'recognising-victims/#' },
];

describe('search finds the right section in every language', () => {
  it.each(inflected)('$lang: "$query"', async ({ lang, query, section }) => {
    const base = inject('rootUrl');
    const { page, context, errors } = await openPage();
    await expectFormAbsent(page, `${base}${lang}/recognising-victims/`, lang, query);
    const { status, links } = await searchFor(page, base, lang, query);
    expect(status).toContain(uiStrings(lang)['search.count']!.replace('{n}', '').trim());
    expect(links.slice(0, 9).some((href) => href.startsWith(`/${lang}/${section}`)), links.join('\n')).toBe(true);
    // Matched words are highlighted.
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    // Results are in the reader's language only.
    expect(links.every((href) => href.startsWith(`/${lang}/`))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * One inflected query per complete edition, whose word occurs in one chapter only:
 * a chapter translated for that edition (no other page of the language has the word
 * in any form). The exact form typed is not in the chapter, so a hit proves that
 * search matched another form; and every result is that chapter.
 */
const editionQueries: { lang: string; query: string; chapter: string }[] = [
  { lang: 'lv', query: 'fotogrāfijas', chapter: 'children' },
  { lang: 'ru', query: 'внешностью', chapter: 'children' },
  { lang: 'et', query: 'kadumise', chapter: 'children' },
  { lang: 'lt', query: 'pilnamečių', chapter: 'children' },
  { lang: 'pl', query: 'wszczęcia', chapter: 'children' },
  { lang: 'fi', query: 'katoamiseen', chapter: 'children' },
  { lang: 'sv', query: 'utseendet', chapter: 'children' },
  { lang: 'nb', query: 'utseendet', chapter: 'children' },
  { lang: 'de', query: 'Bezugspersonen', chapter: 'children' },
];

describe('search finds the newly translated chapters of the complete editions', () => {
  it.each(editionQueries)('$lang: "$query" finds only $chapter', async ({ lang, query, chapter }) => {
    const base = inject('rootUrl');
    const { page, context, errors } = await openPage();
    await expectFormAbsent(page, `${base}${lang}/${chapter}/`, lang, query);
    // The chapter is the translation: the English text shown where one is missing carries lang="en".
    expect(await page.locator('article').getAttribute('lang')).toBeNull();
    const { links } = await searchFor(page, base, lang, query);
    expect(links.length, 'no result').toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith(`/${lang}/${chapter}/`)), links.join('\n')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search interface', () => {
  it('loads nothing for search until the reader reaches for it', async () => {
    const { page, context, requests } = await openPage();
    await page.goto(`${inject('rootUrl')}en/local-mapping/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/') || url.includes('/js/search.'))).toEqual([]);
    await Promise.all([
      page.waitForRequest((request) => request.url().includes('/js/search.en.js')),
      page.locator('#site-search-q').focus(),
    ]);
    await page.keyboard.type('shelter');
    await page.locator('.search-panel .search-hit').first().waitFor();
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('"/" focuses search; arrows move through results; Escape closes; Enter opens', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('subUrl')}en/about/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('referral mechanism');
    await page.locator('.search-panel .search-hit').first().waitFor();
    expect(await page.locator('.search-panel').isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\/strom\/en\//);
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect(await page.locator('.search-panel').isVisible()).toBe(false);
    await page.keyboard.press('ArrowDown');
    await page.locator('.search-panel').waitFor({ state: 'visible' }).catch(() => undefined);
    await page.keyboard.press('Enter');
    // Enter in the field goes to the full results page as a shareable link.
    await page.waitForURL(/\/strom\/en\/search\/\?q=referral\+mechanism/);
    expect(await page.locator('#search-page-q').inputValue()).toBe('referral mechanism');
    await settled(page);
    const link = page.locator('[data-search-results] .search-hit__section').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/strom\/en\/[^#]+\/#[a-z0-9-]+$/);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === href);
    expect(await page.locator(href.slice(href.indexOf('#'))).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters chapters, implementation models by country, and the glossary', async () => {
    const { page, context } = await openPage();
    const base = inject('rootUrl');
    await page.goto(`${base}en/search/?q=municipality&type=model`);
    await settled(page);
    expect(await page.locator('input[name="type"][value="model"]').isChecked()).toBe(true);
    const types = await page.locator('[data-search-results] .search-hit__type').allTextContents();
    expect(types.length).toBeGreaterThan(1);
    expect(new Set(types)).toEqual(new Set(['Implementation model']));
    await page.locator('select[name="country"]').selectOption('LT');
    await page.waitForURL(/country=LT/);
    await settled(page);
    const titles = await page.locator('[data-search-results] .search-hit__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => /Lithuania|Kaunas|Taurag/.test(title)), titles.join(' | ')).toBe(true);
    await page.locator('input[name="type"][value="glossary"]').check();
    await settled(page);
    expect(new Set(await page.locator('[data-search-results] .search-hit__type').allTextContents())).toEqual(new Set(['Glossary']));
    await page.locator('input[name="type"][value="chapter"]').check();
    await settled(page);
    expect(new Set(await page.locator('[data-search-results] .search-hit__type').allTextContents())).toEqual(new Set(['Chapter']));
    await context.close();
  });

  it('shows interface text in the reader’s language', async () => {
    const lt = uiStrings('lt');
    const { page, context } = await openPage();
    await page.goto(`${inject('rootUrl')}lt/search/?q=vaikai`);
    await settled(page);
    expect(await page.locator('label[for="search-page-q"]').textContent()).toBe(lt['search.label']);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(new RegExp(`^${lt['search.count']!.replace('{n}', '\\d+')}`));
    await context.close();
  });
});

describe('search with bad input', () => {
  it.each([
    ['<script>window.__xss = 1</script>', 'script in the query'],
    ['"><img src=x onerror="window.__xss=1">', 'markup in the query'],
  ])('renders %s as text (%s)', async (query) => {
    const { page, context, errors } = await openPage();
    page.on('dialog', () => errors.push('a dialog opened'));
    await page.goto(`${inject('rootUrl')}en/search/?q=${encodeURIComponent(query)}`);
    // The words in it are searched like any others; nothing in it runs or renders as markup.
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('[data-search-results] img, [data-search-status] img, [data-search-status] script').count()).toBe(0);
    expect(await page.locator('#search-page-q').inputValue()).toBe(query);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what happened for an empty query, punctuation only, and a 500-character query', async () => {
    const en = uiStrings('en');
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('rootUrl')}en/search/`);
    expect(await settled(page)).toBe(en['search.empty']);
    await page.goto(`${inject('rootUrl')}en/search/?q=${encodeURIComponent('?!…—;;')}`);
    expect(await settled(page)).toBe(en['search.noWords']!.replace('{query}', '?!…—;;'));
    const long = 'referral '.repeat(60).trim();
    await page.goto(`${inject('rootUrl')}en/search/?q=${encodeURIComponent(long)}`);
    const status = await settled(page);
    expect(status).toContain(en['search.tooLong']!.replace('{n}', '').split(' ')[0]!);
    // Still usable: a new, normal query works on the same page.
    await page.locator('#search-page-q').fill('shelter');
    await page.waitForURL(/q=shelter/);
    expect(await settled(page)).toMatch(/^Results: \d+/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains when a language has no search index and offers the English search', async () => {
    // In the sub-path build no Norwegian text exists, so Norwegian has no index.
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('subUrl')}nb/search/?q=shelter`);
    const status = await settled(page);
    expect(status).toContain(uiStrings('nb')['search.noIndex']);
    const link = page.locator('[data-search-status] a');
    const target = new URL((await link.getAttribute('href'))!, page.url());
    expect(target.pathname + target.search).toBe('/strom/en/search/?q=shelter');
    await link.click();
    expect(await settled(page)).toMatch(/^Results: \d+/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search without JavaScript, and accessibility', () => {
  it('degrades to a link to the search page, which says search needs JavaScript', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${inject('rootUrl')}lv/why-municipalities/`);
    expect(await page.locator('form[data-search]').isVisible()).toBe(false);
    await page.locator('[data-search-link]').click();
    expect(new URL(page.url()).pathname).toBe('/lv/search/');
    expect(await page.locator('[data-search-nojs]').textContent()).toContain(uiStrings('lv')['search.noJs']);
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
    await context.close();
  });

  it.each(['en', 'lv', 'ru'])('axe finds nothing on the search page with results shown (%s)', async (lang) => {
    const { page, context } = await openPage();
    const query = { en: 'referral', lv: 'pašvaldība', ru: 'дети' }[lang]!;
    await page.goto(`${inject('rootUrl')}${lang}/search/?q=${encodeURIComponent(query)}&type=chapter`);
    await settled(page);
    expect(await page.locator('[data-search-results] .search-hit').count()).toBeGreaterThan(0);
    await page.locator('#site-search-q').fill(query);
    await page.locator('.search-panel .search-hit').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
