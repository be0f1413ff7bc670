/**
 * The last check before a build replaces dist/: every link, stylesheet, script,
 * image and #anchor of every built page points at something the site has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks, scanHtml, type BrokenLink, type PageScan } from '../lib/html-links.ts';
import { sitePathForFile } from '../lib/offline-paths.ts';
import { listFiles } from './files.ts';

export function checkSiteLinks(siteDir: string, base: string): { pages: number; files: number; broken: BrokenLink[] } {
  const files = listFiles(siteDir);
  const pages = new Map<string, PageScan>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    pages.set(base + sitePathForFile(file).slice(1), scanHtml(readFileSync(join(siteDir, file), 'utf8')));
  }
  const served = new Set(files.map((file) => base + file));
  return { pages: pages.size, files: files.length, broken: findBrokenLinks(pages, (path) => served.has(path)) };
}
