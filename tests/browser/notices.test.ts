import { describe, expect, inject, it } from 'vitest';
import { fixtureStepsModel } from '../support/fixture-models.ts';
import { openPage, useBrowser } from './browser.ts';
import { languages, uiStrings } from '../support/project.ts';

const languageName = (code: string) => languages.find((l) => l.code === code)!.name;

useBrowser();

describe('translation notices', () => {
  it('shows the English text of a missing chapter, with a notice in the reader’s language', async () => {
    const { page, context } = await openPage();
    // Every real chapter is translated; the sub-path build leaves "about" out of every translation.
    await page.goto(`${inject('subUrl')}lv/about/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    const notice = page.locator('[data-notice="fallback"]');
    expect(await notice.textContent()).toContain(uiStrings('lv')['notice.fallback']!.replace('{language}', languageName('lv')));
    expect(await page.locator('article').getAttribute('lang')).toBe('en');
    expect(await page.locator('.doc-header').getAttribute('lang')).toBe('en');
    // Fallback text is kept out of the Latvian search index and out of search engines.
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    // Interface around it stays Latvian.
    expect(await page.locator('.sidebar__title').textContent()).toBe(uiStrings('lv')['nav.chapters']);
    await context.close();
  });

  it('marks a machine translation as not reviewed and links the English text', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('rootUrl')}ru/recognising-victims/`);
    expect(await page.locator('[data-notice="fallback"]').count()).toBe(0);
    expect(await page.locator('article').getAttribute('lang')).toBeNull();
    const notice = page.locator('[data-notice="review"]');
    expect(await notice.textContent()).toContain(uiStrings('ru')['notice.review.machine-draft']);
    expect(await notice.locator('a').getAttribute('href')).toBe('/en/recognising-victims/');
    await context.close();
  });

  it('says when the English text has changed since the translation was made', async () => {
    const { page, context } = await openPage();
    // In the sub-path build the English chapter is one version ahead of its translations.
    await page.goto(`${inject('subUrl')}lv/why-municipalities/#first-contact`);
    const notice = page.locator('[data-notice="outdated"]');
    expect(await notice.textContent()).toContain(uiStrings('lv')['notice.outdated']);
    const link = notice.locator('a');
    expect(await link.getAttribute('href')).toBe('/strom/en/why-municipalities/');
    await link.click();
    // The link keeps the reader's section, like the language switcher.
    await page.waitForURL(/\/strom\/en\/why-municipalities\/#first-contact$/);
    await context.close();

    // A translation made from the current English version says nothing of the kind: here
    // the sub-path build's German model (tests/support/fixture-models.ts).
    const { page: current, context: currentContext } = await openPage();
    await current.goto(`${inject('subUrl')}de/models/${fixtureStepsModel}/`);
    expect(await current.locator('[data-notice="review"]').count()).toBe(1);
    expect(await current.locator('[data-notice="outdated"]').count()).toBe(0);
    await currentContext.close();
  });

  it('lists every chapter per language on the translation status page', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}en/translations/`);
    const cell = (chapter: string, lang: string) =>
      page.locator(`tbody tr:has(a[href$="/en/${chapter}/"]) td[data-lang="${lang}"]`).first();
    expect(await cell('why-municipalities', 'en').getAttribute('data-status')).toBe('source');
    expect(await cell('why-municipalities', 'lv').getAttribute('data-status')).toBe('outdated');
    expect(await cell('about', 'lv').getAttribute('data-status')).toBe('missing');
    expect(await cell('recognising-victims', 'lv').getAttribute('data-status')).toBe('translated');
    expect(await cell(`models/${fixtureStepsModel}`, 'de').getAttribute('data-status')).toBe('translated');
    expect(await cell(`models/${fixtureStepsModel}`, 'de').textContent()).toContain('machine draft');
    await context.close();
  });
});
