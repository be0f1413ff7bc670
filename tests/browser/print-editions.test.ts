/**
 * The trainer kit and print editions: short links, QR codes, the training panel,
 * the print pages, and the PDF and EPUB editions of the root build (made with
 * --pdf by global-setup.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { axeViolations, openPage, useBrowser } from './browser.ts';
import { languages, packageVersion, uiStrings } from '../support/project.ts';
import { checkPdf } from '../../src/build/pdf-check.ts';

useBrowser();

const chapterIds = readdirSync('content/chapters/en').map((f) => f.replace(/\.mdx$/, ''));

describe('short links', () => {
  it("with JavaScript, open the section in the browser's language", async () => {
    const root = inject('rootUrl');
    const { page, context, errors } = await openPage({ locale: 'de-DE' });
    await page.goto(`${root}go/recognising-victims/first-contact/`);
    await page.waitForURL(`${root}de/recognising-victims/#first-contact`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => page.evaluate(() => document.getElementById('first-contact')!.getBoundingClientRect().top)).toBeLessThan(50);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('open English when the chapter is not translated into the browser language (under a sub-path too)', async () => {
    const sub = inject('subUrl');
    const { page, context } = await openPage({ locale: 'lv-LV' });
    await page.goto(`${sub}go/about/`);
    await page.waitForURL(`${sub}en/about/`);
    await context.close();
  });

  it('without JavaScript, list the languages that have the chapter, each linking to the section', async () => {
    const root = inject('rootUrl');
    const { page, context } = await openPage({ locale: 'de-DE', javaScriptEnabled: false });
    await page.goto(`${root}go/recognising-victims/first-contact/`);
    const links = page.locator('main a[hreflang]');
    const translated = languages.map((l) => l.code).filter((code) => code === 'en' || existsSync(`content/chapters/${code}/recognising-victims.mdx`));
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')))).toEqual(translated);
    await page.getByRole('link', { name: /Deutsch/ }).click();
    await page.waitForURL(`${root}de/recognising-victims/#first-contact`);
    await context.close();
  });
});

async function decode(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image, { density: 300 }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('QR codes and the training panel', () => {
  it.each(chapterIds)('the QR codes of %s decode to the short link the chapter page shows', async (id) => {
    const dist = inject('rootDist');
    const shown = /<details class="training-panel"[^]*?<code>([^<]+)<\/code>/.exec(readFileSync(join(dist, 'en', id, 'index.html'), 'utf8'))?.[1];
    expect(shown).toMatch(new RegExp(`/go/${id}/$`));
    expect(await decode(readFileSync(join(dist, 'go', id, 'qr.svg')))).toBe(shown);
    expect(await decode(readFileSync(join(dist, 'go', id, 'qr.png')))).toBe(shown);
  });

  it('copies the short link and offers the QR code files', async () => {
    const root = inject('rootUrl');
    const { page, context, errors } = await openPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(root).origin });
    await page.goto(`${root}lv/recognising-victims/`);
    const t = uiStrings('lv');
    await page.locator('.training-panel summary').click();
    await page.getByRole('button', { name: t['training.copy']! }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4321/go/recognising-victims/');
    for (const name of [t['training.qrSvg']!, t['training.qrPng']!]) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      expect((await page.request.get(new URL(href!, root).href)).status()).toBe(200);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

const printPages = { training: (lang: string) => `${lang}/training/`, handout: (lang: string) => `${lang}/print/recognising-victims/`, whole: (lang: string) => `${lang}/print/` };

describe.each(['en', 'lv', 'ru'])('print pages in %s', (lang) => {
  it.each(Object.keys(printPages) as (keyof typeof printPages)[])('%s page has no axe violations', async (type) => {
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('rootUrl')}${printPages[type](lang)}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the whole guideline', () => {
  it('shows the translation notices, and English chapters are marked as English', async () => {
    const { page, context } = await openPage();
    // The sub-path build leaves "about" untranslated (every real chapter is translated).
    await page.goto(`${inject('subUrl')}lv/print/`);
    const fallback = page.locator('section.print-chapter:has(h1#about)');
    expect(await fallback.locator('[data-notice="fallback"]').count()).toBe(1);
    expect(await fallback.locator('h1').getAttribute('lang')).toBe('en');
    const translated = page.locator('section.print-chapter:has(h1#recognising-victims)');
    expect(await translated.locator('[data-notice="review"]').count()).toBe(1);
    // Every chapter's contents entry leads to its chapter on the page.
    for (const id of chapterIds) expect(await page.locator(`nav.print-toc a[href="#${id}"]`).count()).toBe(1);
    await context.close();
  });
});

describe('PDF and EPUB editions', () => {
  it.each(languages.map((l) => l.code))('the %s PDF has A4 pages, the language, the title and working internal links', (lang) => {
    const file = join(inject('rootDist'), lang, 'downloads', `strom-guidelines-${packageVersion}-${lang}.pdf`);
    const result = checkPdf(file, { lang, title: uiStrings(lang)['site.title'] ?? uiStrings('en')['site.title']!, minPages: chapterIds.length + 2, maxPages: chapterIds.length * 30 });
    expect(result.problems).toEqual([]);
    expect(result.links).toBeGreaterThan(chapterIds.length);
  });

  it('the downloads page lists the PDF and EPUB with their sizes', () => {
    const html = readFileSync(join(inject('rootDist'), 'pl', 'downloads', 'index.html'), 'utf8');
    expect(html).toContain(`href="/pl/downloads/strom-guidelines-${packageVersion}-pl.pdf"`);
    expect(html).toContain(`href="/pl/downloads/strom-guidelines-${packageVersion}-pl.epub"`);
    expect(html).not.toContain('{{edition-');
    expect(html).toMatch(/\.epub" download>[^<]+<\/a> \(\d+,\d MB\)/);
  });

  it('every EPUB passes epubcheck without errors or warnings', { timeout: 600_000 }, () => {
    const failures: string[] = [];
    for (const { code } of languages) {
      const file = join(inject('rootDist'), code, 'downloads', `strom-guidelines-${packageVersion}-${code}.epub`);
      const result = spawnSync('java', ['-jar', '/usr/bin/epubcheck', file], { encoding: 'utf8' });
      if (result.status !== 0 || !/No errors or warnings detected/.test(result.stdout)) failures.push(`${code}: ${result.stdout}${result.stderr}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('link previews', () => {
  it('a chapter page names its preview image, which shows the title in the page language', async () => {
    const dist = inject('rootDist');
    const html = readFileSync(join(dist, 'ru', 'recognising-victims', 'index.html'), 'utf8');
    const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1];
    expect(html).toContain(`<meta property="og:title" content="${h1}">`);
    expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]).toBe('http://localhost:4321/ru/recognising-victims/og.png');
    const meta = await sharp(join(dist, 'ru', 'recognising-victims', 'og.png')).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });
});
