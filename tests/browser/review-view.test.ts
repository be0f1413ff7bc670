import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fixtureStepsModel } from '../support/fixture-models.ts';
import { axeViolations, openPage, useBrowser } from './browser.ts';
import { uiStrings } from '../support/project.ts';

useBrowser();

const reviewPath = 'lv/translations/recognising-victims/';

describe('the review view', () => {
  it('shows the English source and a current translation block by block, aligned', async () => {
    // Since the English second edition every real translation is outdated; the sub-path
    // build's German model (tests/support/fixture-models.ts) is translated from the current text.
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('subUrl')}de/translations/models/${fixtureStepsModel}/`);
    const rows = page.locator('.review__table > tbody > tr');
    expect(await rows.count()).toBeGreaterThan(10);
    // Every row has a source cell in English and a translation cell in German, both with text.
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const [source, translation] = [...tr.querySelectorAll<HTMLElement>(':scope > td')];
        return { sourceLang: source?.lang, translationLang: translation?.lang, source: source?.textContent?.trim() ?? '', translation: translation?.textContent?.trim() ?? '', differs: tr.classList.contains('review__row--differs') };
      }),
    );
    for (const cell of cells) {
      expect(cell.sourceLang).toBe('en');
      expect(cell.translationLang).toBe('de');
      expect(cell.source.length).toBeGreaterThan(0);
      expect(cell.translation.length).toBeGreaterThan(0);
    }
    // The structure matches (the build checks it), so no row is marked as different.
    expect(cells.filter((c) => c.differs)).toEqual([]);
    expect(cells[0]!.translation).toContain('Das kommunale Modell in Litauen');
    // Both columns sit side by side on a wide screen.
    const boxes = await rows.nth(3).locator(':scope > td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes[1]!.left).toBeGreaterThanOrEqual(boxes[0]!.right - 1);
    expect(Math.abs(boxes[1]!.top - boxes[0]!.top)).toBeLessThan(1);
    // Glossary terms are marked in both columns, and term-base terms in the source.
    expect(await page.locator('td[data-side="source"] .review-glossary').count()).toBeGreaterThan(0);
    expect(await page.locator('td[data-side="translation"] .review-glossary').count()).toBeGreaterThan(0);
    expect(await page.locator('td[data-side="source"] mark.review-term').count()).toBeGreaterThan(0);
    // The review state is shown, in German.
    expect(await page.locator('[data-review-state]').textContent()).toContain(uiStrings('de')['review.machine-draft']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the rows where an outdated translation no longer matches its source', async () => {
    const { page, context } = await openPage();
    // In the sub-path build the English chapter has a paragraph its translations lack.
    await page.goto(`${inject('subUrl')}lv/translations/why-municipalities/`);
    expect(await page.locator('.review__table > tbody > tr').count()).toBeGreaterThan(40);
    expect(await page.locator('.review__table > tbody > tr.review__row--differs').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-review-state]').textContent()).toContain(uiStrings('lv')['review.machine-draft']);
    await context.close();
  });

  it('is kept out of search engines and the search index', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('rootUrl')}${reviewPath}`);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    const sitemap = await (await page.request.get(`${inject('rootUrl')}sitemap.xml`)).text();
    expect(sitemap).toContain('/lv/recognising-victims/');
    expect(sitemap).not.toContain('/translations/recognising-victims/');
    await context.close();
  });

  it('is linked from the translation-status page', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('rootUrl')}lv/translations/`);
    const links = await page.locator('[data-review-link]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/${reviewPath}`);
    expect(links).toContain('/de/translations/why-municipalities/');
    await page.locator(`[data-review-link][href="/${reviewPath}"]`).click();
    await page.waitForURL(`**/${reviewPath}`);
    expect(await page.locator('h1').textContent()).toContain('Iespējamo upuru atpazīšana');
    await context.close();
  });

  it.each([
    ['wide, light', {}],
    ['narrow, dark', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' as const }],
  ])('has no accessibility violations (%s)', async (_name, options) => {
    const { page, context } = await openPage(options);
    await page.goto(`${inject('rootUrl')}${reviewPath}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('stacks the two texts on a narrow screen and keeps them side by side in print', async () => {
    const { page, context } = await openPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${inject('rootUrl')}${reviewPath}`);
    const cells = page.locator('.review__table > tbody > tr').nth(3).locator(':scope > td');
    const narrow = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    expect(narrow[1]!.top).toBeGreaterThanOrEqual(narrow[0]!.bottom - 1);
    await page.setViewportSize({ width: 1000, height: 740 });
    await page.emulateMedia({ media: 'print' });
    const printed = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    expect(printed[1]!.left).toBeGreaterThanOrEqual(printed[0]!.right - 1);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await context.close();
  });
});

/** Latvian entries older than their English entry in the sub-path build, where forced-labour is raised by one. */
function outdatedLatvianEntries(): number {
  const read = (lang: string) => parse(readFileSync(`content/glossary/${lang}.yaml`, 'utf8')) as { id: string; version?: number; sourceVersion?: number }[];
  const english = new Map(read('en').map((e) => [e.id, (e.version ?? 1) + (e.id === 'forced-labour' ? 1 : 0)]));
  return read('lv').filter((e) => (e.sourceVersion ?? 1) < (english.get(e.id) ?? 1)).length;
}

describe('outdated glossary entries', () => {
  it('are marked on the glossary page in the reader’s language and counted on the status page', async () => {
    const { page, context } = await openPage();
    // In the sub-path build the English entry "forced-labour" is raised one version above its translations.
    await page.goto(`${inject('subUrl')}lv/glossary/`);
    const entry = page.locator('.glossary__entry', { has: page.locator('#forced-labour') });
    expect(await entry.locator('[data-notice="outdated"]').textContent()).toContain(uiStrings('lv')['glossary.outdated']);
    expect(await entry.locator('[data-notice="outdated"] a').getAttribute('href')).toBe('/strom/en/glossary/#forced-labour');
    expect(await page.locator('[data-notice="outdated"]').count()).toBe(outdatedLatvianEntries());
    await page.goto(`${inject('subUrl')}lv/translations/`);
    const lvCell = page.locator('#status-glossary ~ .table-scroll tbody tr', { hasText: 'Forced labour' }).locator('td[data-lang="lv"]');
    expect(await lvCell.getAttribute('data-status')).toBe('outdated');
    // The language's summary cell counts its outdated entries.
    expect(await page.locator(`#status-glossary ~ .table-scroll td[data-lang="lv"][data-outdated="${outdatedLatvianEntries()}"]`).count()).toBe(1);
    await context.close();
  });
});
