import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser.ts';

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

  it('shows the chapter menu on a narrow screen', async () => {
    const { page, context } = await openPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${baseUrl()}lv/recognising-victims/`);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    await page.locator('.mobile-nav summary').click();
    await expect.poll(() => page.locator('.mobile-nav a[aria-current="page"]').isVisible()).toBe(true);
    // Nothing is wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
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
