import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser.ts';
import { pageTypes } from './pages.ts';

useBrowser();

describe.each([
  ['root', () => inject('rootUrl')],
  ['sub-path', () => inject('subUrl')],
])('privacy and robustness (%s)', (_, baseUrl) => {
  it('asks no host but the site itself for anything, on every page type', async () => {
    const base = baseUrl();
    const { page, requests, errors, context } = await openPage();
    for (const [type, path] of Object.entries(pageTypes)) {
      const response = await page.goto(`${base}${path('lv')}`);
      expect(response!.status(), type).toBe(type === 'notFound' ? 404 : 200);
      await page.waitForLoadState('load');
    }
    const outside = requests.filter((url) => !url.startsWith(new URL(base).origin + new URL(base).pathname));
    expect(outside).toEqual([]);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });

  it('sends a strict Content-Security-Policy with every page', async () => {
    const { page, context } = await openPage();
    await page.goto(`${baseUrl()}en/why-municipalities/`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a chapter reads fully: text, contents, navigation and language links', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${inject('rootUrl')}ru/recognising-victims/`);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('article p').count()).toBeGreaterThan(10);
    expect(await page.locator('.toc a').count()).toBeGreaterThan(3);
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="lt"]').click();
    expect(new URL(page.url()).pathname).toBe('/lt/recognising-victims/');
    // The print button needs JavaScript, so it stays hidden rather than broken.
    expect(await page.locator('button[data-print]').isVisible()).toBe(false);
    await context.close();
  });
});
