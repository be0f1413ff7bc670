import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser.ts';
import { uiStrings } from '../support/project.ts';

useBrowser();

describe('section links', () => {
  it('shows a link control on focus and copies the section’s full URL', async () => {
    const base = inject('subUrl');
    const origin = new URL(base).origin;
    const { page, context, errors } = await openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${base}en/local-mapping/`);
    const anchor = page.locator('.heading:has(#what-to-map) .heading-anchor');
    expect(Number(await anchor.evaluate((el) => getComputedStyle(el).opacity))).toBe(0);
    await anchor.focus();
    expect(Number(await anchor.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
    expect(await page.getByRole('link', { name: 'Copy link to section: What to map', exact: true }).count()).toBe(1);
    await anchor.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}en/local-mapping/#what-to-map`);
    expect(page.url()).toBe(`${base}en/local-mapping/#what-to-map`);
    await expect.poll(() => page.locator('#live-status').textContent()).toBe('Link copied');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('labels the control in the reader’s language', async () => {
    const lv = uiStrings('lv');
    const { page, context } = await openPage();
    await page.goto(`${inject('rootUrl')}lv/recognising-victims/`);
    const heading = (await page.locator('#first-contact').textContent())!.trim();
    const name = lv['heading.copyLink']!.replace('{title}', heading);
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
    await context.close();
  });

  it('uses the same heading IDs in every language', async () => {
    const { page, context } = await openPage();
    const ids = async (lang: string) => {
      await page.goto(`${inject('rootUrl')}${lang}/recognising-victims/`);
      return page.locator('article :is(h2, h3)[id]').evaluateAll((els) => els.map((el) => el.id));
    };
    const english = await ids('en');
    expect(english.length).toBeGreaterThan(5);
    expect(await ids('lv')).toEqual(english);
    expect(await ids('ru')).toEqual(english);
    await context.close();
  });
});
