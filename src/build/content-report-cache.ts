/**
 * The content check's report, kept on disk and reused while nothing it reads has
 * changed: every file under content/, the checker's code (src/lib) and the
 * installed packages (package-lock.json), and the working directory the messages'
 * paths are relative to. A rebuild after a change of code only, or of nothing,
 * then skips the check (a few seconds on the real site; BENCHMARKS.md). Any change
 * to the content runs the whole check again: one report, never a partial one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentReport } from '../lib/content-check.ts';
import { listFiles } from './files.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the reports live: STROM_CHECK_CACHE, or node_modules/.cache/strom-check ("off": check every time). */
export const reportCacheDir = () => process.env.STROM_CHECK_CACHE ?? join(root, 'node_modules', '.cache', 'strom-check');

/** A digest of everything the check reads and of the code that checks it. */
export function contentKey(contentDir: string): string {
  const hash = createHash('sha256').update(`cwd ${process.cwd()}\0content ${resolve(contentDir)}\0`);
  const add = (label: string, dir: string, files: readonly string[]) => {
    for (const file of files) hash.update(`${label}/${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  };
  add('content', contentDir, listFiles(contentDir));
  add('lib', join(root, 'src', 'lib'), listFiles(join(root, 'src', 'lib')));
  if (existsSync(join(root, 'package-lock.json'))) add('root', root, ['package-lock.json']);
  return hash.digest('hex');
}

/** The report for this content: the kept one if the key matches, else `check()`'s, then kept. */
export function cachedContentReport(contentDir: string, check: () => ContentReport, cacheDir = reportCacheDir()): ContentReport & { reused: boolean } {
  if (cacheDir === 'off') return { ...check(), reused: false };
  const key = contentKey(contentDir);
  // One report per content folder and working directory: the newest replaces the last.
  const slot = createHash('sha256').update(`${process.cwd()}\0${resolve(contentDir)}`).digest('hex').slice(0, 16);
  const path = join(cacheDir, `${slot}.json`);
  try {
    const kept = JSON.parse(readFileSync(path, 'utf8')) as { key: string; report: ContentReport };
    if (kept.key === key) return { ...kept.report, reused: true };
  } catch {
    // Nothing kept yet, or unreadable: check.
  }
  const report = check();
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${path}.${process.pid}`, JSON.stringify({ key, report }));
    renameSync(`${path}.${process.pid}`, path);
  } catch {
    // A read-only folder only costs the next build a check.
  }
  return { ...report, reused: false };
}
