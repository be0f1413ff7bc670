/**
 * `npm run dev`, as a content editor uses it: pages render, and search works from
 * the index of the last build (the one global-setup.ts made), with the terminal
 * saying where the index comes from.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser.ts';

useBrowser();
const root = join(import.meta.dirname, '..', '..');
let dev: ChildProcess;
let url: string;
let log = '';

/** The environment an editor's shell has: without what Vitest sets (VITEST, TEST, NODE_ENV), which puts Astro in test mode. */
function editorEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(?:VITEST|STROM_)|^(?:BASE_PATH|SITE_URL|NODE_ENV|TEST|MODE|BASE_URL|DEV|PROD|SSR)$/.test(key)));
}

beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...editorEnvironment(), STROM_DIST: inject('rootDist') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk: Buffer) => (log += String(chunk)));
  dev.stderr!.on('data', (chunk: Buffer) => (log += String(chunk)));
  url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(`${url}en/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`astro dev did not start:\n${log}`);
}, 240_000);

afterAll(() => {
  dev?.kill();
});

describe('npm run dev', () => {
  it('says that search uses the index of the last build', () => {
    expect(log).toContain('Search uses the index of the last build');
  });

  it('finds text with the header search', async () => {
    const { page, context } = await openPage();
    const field = page.locator('#site-search-q');
    const hits = page.locator('.search-panel .search-hit');
    await page.goto(`${url}en/why-municipalities/`);
    // Astro 7.3 sends the first browser after start one full reload (the content sync's
    // write of .astro/content-assets.mjs, queued until a client connects; the startup case
    // of withastro/astro#17283). The reload empties the field, so an empty field is typed
    // into again. The dev server compiles the page and the search script on first
    // request: with the other browser tests on the same two cores that once took over
    // 30 s (alone: 2 s).
    await expect
      .poll(
        async () => {
          if (!(await field.inputValue())) {
            await field.focus();
            await page.keyboard.type('trafficking');
          }
          return hits.count();
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBeGreaterThan(0)
      .catch((error: Error) => {
        throw new Error(`${error.message}\ndev server log:\n${log}`, { cause: error });
      });
    await context.close();
  }, 150_000);
});
