import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser.ts';
import { pageTypes } from './pages.ts';
import { languages } from '../support/project.ts';

useBrowser();

// Every page type in every language: each language has its own strings, names and
// text lengths, and a notice or a long word can break a layout in one language only.
describe.each(languages.map((l) => l.code))('accessibility in %s (axe, WCAG 2.2 AA)', (lang) => {
  it.each(Object.keys(pageTypes) as (keyof typeof pageTypes)[])('%s page has no violations and no CSP violation', async (type) => {
    const { page, context, errors } = await openPage();
    // Only the sub-path build still has a fallback chapter: every real chapter is translated.
    await page.goto(`${inject(type === 'fallbackChapter' ? 'subUrl' : 'rootUrl')}${pageTypes[type](lang)}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
    await context.close();
  });
});

describe('accessibility in other conditions', () => {
  it('dark colour scheme, narrow screen, open menus', async () => {
    const { page, context } = await openPage({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
    await page.goto(`${inject('subUrl')}lv/why-municipalities/`);
    await page.locator('.menu-bar .menu-button').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('.language-switcher summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${inject('subUrl')}lv/translations/`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('rootUrl')}en/about/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});
