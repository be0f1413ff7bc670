/** One Chromium per test file, and pages that record what went wrong. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../support/chromium.ts';

let browser: Browser | undefined;

/** Call once at the top of a test file: starts Chromium before its tests and closes it after. */
export function useBrowser(): void {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
}

/** A fresh page in its own context that records console errors, failed requests and every request URL. */
export async function openPage(options: BrowserContextOptions = {}) {
  if (!browser) throw new Error('call useBrowser() at the top of the test file');
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Navigating away cancels the previous page's late requests: not a failure.
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`);
  });
  return { context, page, errors, requests };
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/**
 * The expanded state Chromium gives screen readers for the buttons named `name`
 * (Playwright's own role queries do not see a popover invoker's state).
 */
export async function expandedStates(page: Page, name: string): Promise<(boolean | undefined)[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument');
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name, role: 'button' });
    return nodes.map((node) => node.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined);
  } finally {
    await cdp.detach();
  }
}
