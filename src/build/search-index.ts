/**
 * Builds the Pagefind search index of a built site: one index per language, from
 * the parts of pages marked data-pagefind-body (translated text only; English
 * fallback pages are not marked, so they stay out of other languages' indexes).
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Language } from '../lib/schemas.ts';
import { folderSize, listFiles } from './files.ts';

/** Pagefind files the site's own search interface does not use. */
const unusedFiles = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\b/;

export interface SearchIndexSummary {
  pages: number;
  /** Indexed pages per Pagefind language. */
  languages: Record<string, number>;
  bytes: number;
}

export async function buildSearchIndex(siteDir: string, languages: readonly Language[]): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const pagefindLanguage = new Map(languages.map((l) => [l.code, l.pagefind]));
  try {
    // Fastest: Pagefind reads the folder itself, in its own process. Only when a
    // language is stemmed as another one do pages need their lang rewritten first.
    if (languages.every((l) => l.pagefind === l.code)) {
      const added = await index.addDirectory({ path: siteDir, glob: '**/*.html' });
      if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    }
    const remapped = languages.some((l) => l.pagefind !== l.code) ? listFiles(siteDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')) : [];
    for (const file of remapped) {
      let content = readFileSync(join(siteDir, file), 'utf8');
      // Pages carry the site's language code; Pagefind indexes (and stems) them
      // under the language list's `pagefind` language where that differs.
      content = content.replace(/<html lang="([^"]+)"/, (whole, code: string) => {
        const target = pagefindLanguage.get(code);
        return target && target !== code ? `<html lang="${target}"` : whole;
      });
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const outDir = join(siteDir, 'pagefind');
  for (const name of readdirSync(outDir)) if (unusedFiles.test(name)) rmSync(join(outDir, name));
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const perLanguage = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
  return {
    pages: Object.values(perLanguage).reduce((a, b) => a + b, 0),
    languages: perLanguage,
    bytes: folderSize(outDir),
  };
}
