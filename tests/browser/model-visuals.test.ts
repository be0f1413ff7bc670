/**
 * The model figures in Chromium, on the sub-path build whose models carry fixture
 * steps and coordinates (tests/support/fixture-models.ts): map marks lead to
 * their models, the pathway diagram and its list, the sortable comparison table,
 * country pages, keyboard use, axe, and the map from an offline bundle.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser.ts';
import { bundleName, extractZip, uiStrings } from '../support/project.ts';
import { fixtureCoordinates, fixtureSteps, fixtureStepsModel, modelWithoutSteps } from '../support/fixture-models.ts';

useBrowser();

const located = Object.keys(fixtureCoordinates);

describe('regional map', () => {
  it('has a mark for every model with coordinates, each leading to its model', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('subUrl')}en/models/`);
    const marks = page.locator('a.region-map__mark');
    expect(await marks.count()).toBe(located.length);
    const hrefs = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.split('/').at(-2)).sort()).toEqual([...located].sort());
    // The list beside the map names the same places, in the same order.
    expect(await page.locator('.region__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(hrefs);
    for (let i = 0; i < located.length; i++) {
      const mark = page.locator('a.region-map__mark').nth(i);
      const name = (await mark.getAttribute('aria-label'))!;
      await mark.click();
      expect(page.url()).toBe(new URL(hrefs[i]!, page.url()).href);
      expect(name).toContain((await page.locator('h1').textContent())!.trim());
      await page.goBack();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works by keyboard: Tab reaches the marks in order and Enter follows one', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}en/models/`);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('class') ?? '');
    for (let i = 0; i < 80 && !(await focused()).includes('region-map__mark'); i++) await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(first).toMatch(/^1\. /);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toMatch(/^2\. /);
    // A visible focus indicator on the mark.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/models\/[a-z-]+\/$/);
    await context.close();
  });

  it('exposes the marks as links with names to assistive technology', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}en/models/`);
    const names = await page.locator('a.region-map__mark').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')!));
    expect(names).toHaveLength(located.length);
    for (const name of names) expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
    await context.close();
  });
});

describe('referral pathway', () => {
  it('draws every step and actor beside the list, and fits 320 px without scrolling sideways', async () => {
    const { page, context } = await openPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${inject('subUrl')}en/models/${fixtureStepsModel}/`);
    const svg = page.locator('svg.pathway');
    expect(await svg.getAttribute('aria-hidden')).toBe('true');
    const drawn = (await svg.textContent())!;
    for (const step of fixtureSteps.en) expect(drawn.replace(/-/g, '')).toContain(step.actor.split(' ')[0]);
    expect(drawn).toContain(uiStrings('en')['pathway.handoff.national']);
    expect(await page.locator('.pathway-steps li').count()).toBe(fixtureSteps.en.length);
    expect(await page.locator('.pathway-steps li').first().textContent()).toContain(fixtureSteps.en[0]!.action);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('is in the language of the model text: German steps and labels on the German page', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}de/models/${fixtureStepsModel}/`);
    const drawn = (await page.locator('svg.pathway').textContent())!;
    expect(drawn).toContain('Nationale');
    expect(drawn).toContain(uiStrings('de')['pathway.level.national']);
    expect(drawn).not.toContain(uiStrings('en')['pathway.level.national']);
    await context.close();
  });

  it('says so when a model has no sourced steps', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}en/models/${modelWithoutSteps}/`);
    expect(await page.locator('svg.pathway').count()).toBe(0);
    expect(await page.locator('.pathway-none').textContent()).toBe(uiStrings('en')['pathway.none']);
    await context.close();
  });
});

describe('comparison table', () => {
  const stepsColumn = () => uiStrings('en')['comparison.steps']!;

  it('lists every model without JavaScript', async () => {
    const { page, context } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${inject('subUrl')}en/comparison/`);
    expect(await page.locator('table.comparison tbody tr').count()).toBeGreaterThanOrEqual(located.length);
    expect(await page.locator('.sort-button').count()).toBe(0);
    await context.close();
  });

  it('sorts by a column with a button, marks aria-sort, and works by keyboard', async () => {
    const { page, context, errors } = await openPage();
    await page.goto(`${inject('subUrl')}en/comparison/`);
    const steps = () => page.locator('table.comparison tbody tr td:last-child').allTextContents();
    const button = page.getByRole('button', { name: stepsColumn() });
    await button.click();
    const ascending = (await steps()).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await button.focus();
    await page.keyboard.press('Enter');
    const descending = (await steps()).map(Number);
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(descending[0]).toBe(Math.max(...ascending));
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('[data-sort-status]').textContent()).toContain(stepsColumn());
    // Text columns sort by name in the page's language.
    await page.getByRole('button', { name: uiStrings('en')['comparison.model']! }).press('Space');
    const titles = await page.locator('table.comparison tbody th').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(await page.locator('th[aria-sort]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('country pages', () => {
  it('lists the country’s models, its helplines and chapter sections naming it', async () => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}en/countries/lt/`);
    expect(await page.locator('h1').textContent()).toBe('Lithuania');
    const models = await page.locator('.country-models a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(models.some((h) => h!.includes(fixtureStepsModel))).toBe(true);
    expect(models.every((h) => h!.includes('/models/lithuania-'))).toBe(true);
    expect(await page.locator('.helpline').count()).toBeGreaterThan(0);
    const notes = page.locator('.country-notes ul a');
    expect(await notes.count()).toBeGreaterThan(0);
    // Every note link leads to a section that names the country.
    const href = (await notes.first().getAttribute('href'))!;
    await page.goto(new URL(href, page.url()).href);
    const id = decodeURIComponent(href.split('#')[1]!);
    const section = await page.evaluate((id) => {
      // Headings sit in a wrapper with their copy-link button; the section runs to the next heading.
      const heading = document.getElementById(id)!;
      const start = heading.closest('.heading') ?? heading;
      const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName) || el.matches('.heading');
      let text = heading.textContent ?? '';
      for (let el = start.nextElementSibling; el && !isHeading(el); el = el.nextElementSibling) text += el.textContent;
      return text;
    }, id);
    expect(section).toMatch(/Lithuan/);
    await context.close();
  });
});

describe.each(['en', 'de', 'lv'])('accessibility of the model figures in %s (axe, WCAG 2.2 AA)', (lang) => {
  it.each([`models/${fixtureStepsModel}/`, 'models/', 'countries/lt/', 'comparison/'])('%s', async (path) => {
    const { page, context } = await openPage();
    await page.goto(`${inject('subUrl')}${lang}/${path}`);
    if (path === 'comparison/') await page.locator('.sort-button').first().click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

it('axe is clean on the map and a diagram in dark mode at 320 px', async () => {
  const { page, context } = await openPage({ colorScheme: 'dark', viewport: { width: 320, height: 700 } });
  for (const path of ['en/models/', `en/models/${fixtureStepsModel}/`]) {
    await page.goto(`${inject('subUrl')}${path}`);
    expect(await axeViolations(page)).toEqual([]);
  }
  await context.close();
});

describe('offline bundle', () => {
  const folder = join(import.meta.dirname, '..', '..', '.build', 'browser-tests', 'offline-figures');
  const bundleRoot = join(folder, bundleName('all'));
  beforeAll(() => {
    rmSync(folder, { recursive: true, force: true });
    extractZip(join(inject('subDist'), 'bundles', `${bundleName('all')}.zip`), folder);
  });

  it('shows the map from file://, and its marks open the models with their diagrams', async () => {
    const { page, context, errors, requests } = await openPage();
    const rootUrl = pathToFileURL(bundleRoot).href;
    await page.goto(`${rootUrl}/de/models/index.html`);
    const map = page.locator('svg.region-map');
    expect((await map.boundingBox())!.width).toBeGreaterThan(200);
    expect(await map.locator('path.region-map__country').count()).toBeGreaterThan(5);
    const marks = page.locator('a.region-map__mark');
    expect(await marks.count()).toBe(located.length);
    for (const href of await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^[a-z.][^:]*\/index\.html$/);
      expect(existsSync(fileURLToPath(new URL(href, page.url())))).toBe(true);
    }
    await page.locator(`a.region-map__mark[href*="${fixtureStepsModel}"]`).click();
    expect(fileURLToPath(page.url())).toBe(join(bundleRoot, 'de', 'models', fixtureStepsModel, 'index.html'));
    expect(await page.locator('svg.pathway').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${rootUrl}/`))).toEqual([]);
    await context.close();
  });
});
