/**
 * The offline bundle in Firefox (Debian's firefox-esr), opened with file://.
 * Playwright cannot drive Debian's Firefox, so Firefox's own headless screenshot
 * is taken and its pixels read: the header's colour shows the stylesheet loaded
 * from a relative path, and the search field (hidden until the site script shows
 * it) shows that the classic scripts ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import { bundleName, extractZip, uiStrings } from '../support/project.ts';
import { openFirefox } from '../support/firefox.ts';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'strom firefox Ģ '));
  extractZip(join(inject('rootDist'), 'bundles', `${bundleName('lv')}.zip`), work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function screenshot(file: string) {
  const profile = mkdtempSync(join(tmpdir(), 'strom-firefox-profile-'));
  const png = join(work, `shot-${Math.random().toString(36).slice(2)}.png`);
  const url = pathToFileURL(join(work, bundleName('lv'), file)).href;
  const result = spawnSync(firefox, ['--headless', '--no-remote', '--profile', profile, '--window-size=1200,900', '--screenshot', png, url], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
  });
  rmSync(profile, { recursive: true, force: true });
  expect(result.status, `${firefox}: ${result.error?.message ?? ''} ${result.stderr}`).toBe(0);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return (x: number, y: number) => {
    const i = (y * info.width + x) * info.channels;
    return [data[i], data[i + 1], data[i + 2]];
  };
}

describe('offline bundle in Firefox (file://)', () => {
  it.each(['lv/recognising-victims/index.html', 'lv/models/latvia/index.html'])('%s: styled, and its scripts ran', async (file) => {
    const pixel = await screenshot(file);
    expect(pixel(5, 5)).toEqual([11, 79, 108]); // the header's background
    // Inside the search field the script revealed: near white, where the header is dark.
    expect(Math.min(...pixel(700, 35).map(Number))).toBeGreaterThan(235);
  }, 120_000);
});

describe('chapter menu in Firefox (file://)', () => {
  it('opens as a panel on a narrow screen, closes with Escape, and is the sidebar on a wide one', async () => {
    const page = await openFirefox();
    const visible = (selector: string) =>
      `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return Boolean(r && r.width > 0 && r.height > 0); })()`;
    try {
      await page.setViewport(360, 700);
      await page.navigate(pathToFileURL(join(work, bundleName('lv'), 'lv', 'recognising-victims', 'index.html')).href);
      expect(await page.evaluate<boolean>(visible('#chapter-menu a[aria-current="page"]'))).toBe(false);
      await page.click('.menu-bar .menu-button');
      await page.waitFor(visible('#chapter-menu a[aria-current="page"]'));
      // The panel lies over the page, within the screen.
      const box = await page.evaluate<{ left: number; right: number; position: string }>(
        `(() => { const el = document.querySelector('#chapter-menu'); const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, position: getComputedStyle(el).position }; })()`,
      );
      expect(box.position).toBe('fixed');
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
      await page.press('Escape');
      await page.waitFor(`!${visible('#chapter-menu a[aria-current="page"]')}`);
      await page.setViewport(1200, 800);
      await page.waitFor(visible('#chapter-menu a[aria-current="page"]'));
      expect(await page.evaluate<boolean>(visible('.menu-bar .menu-button'))).toBe(false);
      expect(page.log.filter((entry) => entry.level === 'error')).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('offline search in Firefox (file://)', () => {
  it('Enter in the search field opens the search page, even when live search found nothing, and nothing is blocked', async () => {
    const strings = uiStrings('lv');
    const nothingFound = strings['search.noResults']!.replace('{query}', 'zzqxv');
    const page = await openFirefox();
    try {
      await page.navigate(pathToFileURL(join(work, bundleName('lv'), 'lv', 'why-municipalities', 'index.html')).href);
      await page.waitFor(`!document.querySelector('form[data-search]').hidden`);
      await page.click('#site-search-q');
      // A word no page contains: live search finds nothing, and Enter must still work.
      await page.type('zzqxv');
      await page.waitFor(`document.querySelector('.search-panel__status')?.textContent.startsWith(${JSON.stringify(nothingFound)})`);
      await page.press('Enter');
      await page.waitFor(`location.pathname.endsWith('/lv/search/index.html') && location.search === '?q=zzqxv'`);
      await page.waitFor(`document.querySelector('[data-search-status]')?.textContent.startsWith(${JSON.stringify(nothingFound)})`);
      // Then a word the Latvian text has, typed into the search page's own field.
      await page.evaluate(`document.querySelector('[data-search-app] input[name="q"]').select()`);
      await page.click('[data-search-app] input[name="q"]');
      await page.evaluate(`document.querySelector('[data-search-app] input[name="q"]').value = ''`);
      await page.type('pazīmēm');
      await page.press('Enter');
      await page.waitFor(`document.querySelectorAll('[data-search-results] .search-hit').length > 0`);
      expect(await page.evaluate<string>('location.search')).toBe(`?q=${encodeURIComponent('pazīmēm')}`);
      expect(page.log.filter((entry) => /Content[- ]Security[- ]Policy|blocked/i.test(entry.text))).toEqual([]);
      expect(page.log.filter((entry) => entry.level === 'error')).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
