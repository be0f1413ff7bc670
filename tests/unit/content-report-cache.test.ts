import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedContentReport } from '../../src/build/content-report-cache.ts';
import type { ContentReport } from '../../src/lib/content-check.ts';

const root = mkdtempSync(join(tmpdir(), 'strom-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cachedContentReport', () => {
  const content = join(root, 'content');
  const cache = join(root, 'cache');
  mkdirSync(join(content, 'chapters', 'en'), { recursive: true });
  writeFileSync(join(content, 'chapters', 'en', 'about.mdx'), '# About\n');
  let checks = 0;
  const check = (): ContentReport => {
    checks++;
    return { problems: [{ file: 'content/chapters/en/about.mdx', line: 1, message: `check ${checks}`, hint: 'h' }], languages: 1, documents: 1 };
  };

  it('checks once, and gives the same report while no file has changed', () => {
    const first = cachedContentReport(content, check, cache);
    const second = cachedContentReport(content, check, cache);
    expect(checks).toBe(1);
    expect([first.reused, second.reused]).toEqual([false, true]);
    expect(second.problems).toEqual(first.problems);
  });

  it('checks again when a file changes, is added, or is renamed', () => {
    writeFileSync(join(content, 'chapters', 'en', 'about.mdx'), '# About us\n');
    expect(cachedContentReport(content, check, cache).problems[0]!.message).toBe('check 2');
    writeFileSync(join(content, 'chapters', 'en', 'more.mdx'), '# More\n');
    expect(cachedContentReport(content, check, cache).reused).toBe(false);
    rmSync(join(content, 'chapters', 'en', 'more.mdx'));
    writeFileSync(join(content, 'chapters', 'en', 'other.mdx'), '# More\n');
    expect(cachedContentReport(content, check, cache).reused).toBe(false);
    expect(cachedContentReport(content, check, cache).reused).toBe(true);
    expect(checks).toBe(4);
  });

  it('checks every time with the cache off', () => {
    cachedContentReport(content, check, 'off');
    expect(cachedContentReport(content, check, 'off').reused).toBe(false);
    expect(checks).toBe(6);
  });
});
