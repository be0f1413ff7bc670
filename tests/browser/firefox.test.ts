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
import { bundleName, extractZip } from '../support/project.ts';

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
