import { describe, expect, inject, it } from 'vitest';
import { expandedStates, openPage, useBrowser } from './browser.ts';
import { uiStrings } from '../support/project.ts';

useBrowser();

describe.each([
  ['at the domain root', () => inject('rootUrl')],
  ['under a sub-path', () => inject('subUrl')],
])('navigation %s', (_, baseUrl) => {
  it('switching language keeps the chapter and the #section', async () => {
    const { page, errors, context } = await openPage();
    await page.goto(`${baseUrl()}en/recognising-victims/#first-contact`);
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="lv"]').click();
    await page.waitForURL(/\/lv\/recognising-victims\/#first-contact$/);
    expect(new URL(page.url()).pathname).toBe(new URL(`${baseUrl()}lv/recognising-victims/`).pathname);
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    await expect.poll(() => page.locator('#first-contact').isVisible()).toBe(true);
    // The heading is scrolled into view: it sits near the top of the viewport.
    const top = await page.locator('#first-contact').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switching language from a page the reader has not scrolled keeps the page without a hash', async () => {
    const { page, context } = await openPage();
    await page.goto(`${baseUrl()}ru/models/`);
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="de"]').click();
    await page.waitForURL(/\/de\/models\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await context.close();
  });

  it('moves through chapters with next and previous, and marks the current chapter', async () => {
    const { page, context } = await openPage();
    await page.goto(`${baseUrl()}en/`);
    await page.locator('.card-list a').first().click();
    const first = await page.locator('h1').textContent();
    await page.locator('a[rel="next"]').click();
    const second = await page.locator('h1').textContent();
    expect(second).not.toBe(first);
    expect(await page.locator('.sidebar a[aria-current="page"]').textContent()).toBe(second);
    await page.locator('a[rel="prev"]').click();
    expect(await page.locator('h1').textContent()).toBe(first);
    await context.close();
  });

  it('has a working table of contents and breadcrumbs', async () => {
    const { page, context } = await openPage();
    await page.goto(`${baseUrl()}en/local-mapping/`);
    const entry = page.locator('.toc a').nth(1);
    const target = (await entry.getAttribute('href'))!;
    await entry.click();
    expect(page.url().endsWith(target)).toBe(true);
    await expect.poll(() => page.locator(target).isVisible()).toBe(true);
    await page.locator('.breadcrumbs a').first().click();
    expect(new URL(page.url()).pathname).toBe(new URL(`${baseUrl()}en/`).pathname);
    await context.close();
  });

  it.each([true, false])('shows the chapter menu on a narrow screen (JavaScript %s)', async (javaScriptEnabled) => {
    const [navName, menuName, closeName] = ['nav.main', 'nav.menu', 'nav.close'].map((key) => uiStrings('lv')[key]!) as [string, string, string];
    const { page, context } = await openPage({ viewport: { width: 320, height: 640 }, javaScriptEnabled });
    await page.goto(`${baseUrl()}lv/recognising-victims/`);
    // One list of chapters serves every screen width: screen readers meet one landmark.
    expect(await page.getByRole('navigation', { name: navName, includeHidden: true }).count()).toBe(1);
    const current = page.locator('#chapter-menu a[aria-current="page"]');
    expect(await current.isVisible()).toBe(false);
    const menuButton = page.getByRole('button', { name: menuName });
    expect(await expandedStates(page, menuName)).toEqual([false]);
    await menuButton.click();
    await expect.poll(() => current.isVisible()).toBe(true);
    expect(await expandedStates(page, menuName)).toEqual([true]);
    // The panel fits the screen, and nothing is wider than the screen.
    const panel = await page.locator('#chapter-menu').boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Its close button and Escape both close it, and focus goes back to the button.
    await page.getByRole('button', { name: closeName }).click();
    await expect.poll(() => current.isVisible()).toBe(false);
    await menuButton.click();
    await expect.poll(() => current.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => current.isVisible()).toBe(false);
    expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);
    // A link in it opens that chapter.
    await menuButton.click();
    await page.locator('#chapter-menu a[href$="/lv/children/"]').click();
    await page.waitForURL(/\/lv\/children\/$/);
    await context.close();
  });

  it('shows the same list as a sidebar on a wide screen, with no menu button', async () => {
    const [menuName, closeName] = ['nav.menu', 'nav.close'].map((key) => uiStrings('lv')[key]!) as [string, string];
    const { page, context } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseUrl()}lv/recognising-victims/`);
    expect(await page.locator('#chapter-menu a[aria-current="page"]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: menuName }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: closeName }).isVisible()).toBe(false);
    // The sidebar sits beside the text, not over it.
    const sidebar = (await page.locator('#chapter-menu').boundingBox())!;
    const heading = (await page.locator('h1').boundingBox())!;
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(heading.x);
    await context.close();
  });
});

describe('language chooser', () => {
  it('suggests the browser language and still lists every language', async () => {
    const { page, context } = await openPage({ locale: 'lv-LV' });
    await page.goto(inject('rootUrl'));
    const links = page.locator('[data-language-choice]');
    expect(await links.count()).toBe(10);
    expect(await links.first().getAttribute('data-language-choice')).toBe('lv');
    expect(await page.locator('#suggested-note').isVisible()).toBe(true);
    await context.close();
  });

  it('works without JavaScript', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false, locale: 'lv-LV' });
    await page.goto(inject('rootUrl'));
    expect(await page.locator('[data-language-choice]').count()).toBe(10);
    await page.locator('[data-language-choice="lt"]').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('lt');
    await context.close();
  });
});
