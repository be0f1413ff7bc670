/**
 * The offline bundles as a reader gets them: unzipped into a folder whose path has
 * a space and a non-ASCII letter, index.html opened with file:// in Chromium.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scanHtml } from '../../src/lib/html-links.ts';
import { openPage, useBrowser } from './browser.ts';
import { bundleName, extractZip, uiStrings } from '../support/project.ts';

const folder = join(import.meta.dirname, '..', '..', '.build', 'browser-tests', 'offline', 'Guidelines Ģ copy');
const bundleRoot = (key: string) => join(folder, bundleName(key));

useBrowser();
beforeAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const key of ['all', 'lv', 'ru']) extractZip(join(inject('rootDist'), 'bundles', `${bundleName(key)}.zip`), folder);
});

/** Opens a file of a bundle and records anything that leaves the bundle's folder. */
async function openBundle(key: string, file: string) {
  const opened = await openPage();
  const rootUrl = pathToFileURL(bundleRoot(key)).href;
  await opened.page.goto(`${rootUrl}/${file}`);
  const outside = () => opened.requests.filter((url) => !url.startsWith(`${rootUrl}/`));
  return { ...opened, rootUrl, outside };
}

async function styled(page: Page) {
  return page.locator('.site-header, .chooser').first().evaluate((el) => getComputedStyle(el).display !== 'inline' && getComputedStyle(document.body).margin === '0px');
}

describe.each(['all', 'lv', 'ru'])('offline bundle "%s" from file://', (key) => {
  it('opens index.html and walks to a chapter: styles, scripts, images, no errors, nothing outside the folder', async () => {
    const lang = key === 'all' ? 'et' : key;
    const { page, context, errors, outside } = await openBundle(key, 'index.html');
    expect(await styled(page)).toBe(true);
    await page.locator(`[data-language-choice="${lang}"]`).click();
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await page.locator('.card-list a[href*="recognising-victims"]').click();
    expect(fileURLToPath(page.url())).toBe(join(bundleRoot(key), lang, 'recognising-victims', 'index.html'));
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 79, 108)');
    // A chapter with a diagram (processed by astro:assets): the image decodes.
    await page.locator('.sidebar a[href*="understanding-trafficking"]').click();
    const image = page.locator('article img').first();
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // The alt text is the one written in that language's chapter (every chapter is translated).
    const chapterSource = readFileSync(join('content', 'chapters', lang, 'understanding-trafficking.mdx'), 'utf8');
    expect(await image.getAttribute('alt')).toBe(/!\[([^\]]+)\]\(/.exec(chapterSource)![1]);
    // Deeper pages too (a model is three folders down).
    await page.locator('.sidebar a[href*="models/index.html"]').click();
    await page.locator('.card-list a').first().click();
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 79, 108)');
    expect(errors).toEqual([]);
    expect(outside()).toEqual([]);
    await context.close();
  });

  it('every link and #anchor of a chapter points at a file of the bundle', async () => {
    const lang = key === 'all' ? 'de' : key;
    const file = join(bundleRoot(key), lang, 'recognising-victims', 'index.html');
    const { refs } = scanHtml(readFileSync(file, 'utf8'));
    const internal = refs.filter((r) => !/^[a-z]+:/i.test(r.value) && !r.value.startsWith('#'));
    expect(internal.length).toBeGreaterThan(30);
    for (const { value } of internal) {
      const target = new URL(value, pathToFileURL(file));
      const path = fileURLToPath(target);
      expect(existsSync(path) && !path.endsWith('/'), value).toBe(true);
      if (target.hash) expect(scanHtml(readFileSync(path, 'utf8')).ids.has(decodeURIComponent(target.hash.slice(1))), value).toBe(true);
    }
  });
});

describe('offline reading', () => {
  it('switches language on the same chapter and #section, and links sections from the contents', async () => {
    const { page, context, errors } = await openBundle('lv', 'lv/recognising-victims/index.html');
    await page.locator('.toc a[href="#first-contact"]').click();
    expect(page.url().endsWith('/lv/recognising-victims/index.html#first-contact')).toBe(true);
    await page.locator('.language-switcher summary').click();
    expect(await page.locator('.language-switcher a').count()).toBe(2);
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/recognising-victims\/index\.html#first-contact$/);
    expect(await page.locator('#first-contact').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['lv', 'pazīmēm'],
    ['ru', 'признаками'],
  ])('search finds the section in %s and opens it, from file://', async (lang, query) => {
    const { page, context, errors, outside } = await openBundle(lang, `${lang}/why-municipalities/index.html`);
    await page.locator('#site-search-q').focus();
    await page.keyboard.type(query);
    const section = page.locator('.search-panel .search-hit__section[href*="recognising-victims"]').first();
    await section.waitFor({ timeout: 15_000 });
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^(\\.\\./)+${lang}/recognising-victims/index\\.html#[a-z0-9-]+$`));
    await section.click();
    await page.waitForURL((url) => url.href.endsWith(href.replace(/^(\.\.\/)+/, '')));
    expect(await page.locator(href.slice(href.indexOf('#'))).count()).toBe(1);
    // The full search page with ?q= works from file:// too.
    await page.goto(`${pathToFileURL(bundleRoot(lang)).href}/${lang}/search/index.html?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-results] .search-hit').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-status]').textContent()).toMatch(new RegExp(`^${uiStrings(lang)['search.count']!.replace('{n}', '\\d+')}`));
    expect(errors).toEqual([]);
    expect(outside()).toEqual([]);
    await context.close();
  });

  it('Enter in the search field opens the search page from file://, even when live search found nothing', async () => {
    const { page, context, errors, outside } = await openBundle('lv', 'lv/why-municipalities/index.html');
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('zzqxv');
    await page.locator('.search-panel__status').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lv\/search\/index\.html\?q=zzqxv$/);
    await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-search-app] input[name="q"]').inputValue()).toBe('zzqxv');
    expect(errors).toEqual([]);
    expect(outside()).toEqual([]);
    await context.close();
  });

  it('replaces the download list with a note that this is an offline copy', async () => {
    const { page, context } = await openBundle('lv', 'lv/downloads/index.html');
    expect(await page.locator('[data-offline-only]').isVisible()).toBe(true);
    expect(await page.locator('a[href$=".zip"]').count()).toBe(0);
    await context.close();
  });
});
