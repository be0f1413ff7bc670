/**
 * The one place that talks to Pagefind. The search UI only sees `SearchBackend`;
 * the offline bundle can put another implementation behind the same interface
 * (Pagefind's files served without fetch or modules from file://).
 */
import type { PagefindResultData } from '../lib/search.ts';

export type Filters = Record<string, string[]>;

export interface SearchOutcome {
  total: number;
  /** Loads the data of results [from, from + count). */
  load(from: number, count: number): Promise<PagefindResultData[]>;
}

export interface SearchBackend {
  search(query: string, filters: Filters): Promise<SearchOutcome>;
  /** Every filter and value with its number of pages: { type: { chapter: 13 } }. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The site has no search index for this language. */
export class MissingIndexError extends Error {}

interface PagefindInstance {
  init(): Promise<void>;
  search(term: string, options: { filters?: Filters }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Pagefind over HTTP. `bundleUrl` is the folder of pagefind.js; `language` is the
 * language the pages were indexed under (the language list's `pagefind` field).
 */
export async function openPagefind(bundleUrl: string, language: string, baseUrl: string): Promise<SearchBackend> {
  const entry = (await (await fetch(`${bundleUrl}pagefind-entry.json`)).json()) as { languages: Record<string, unknown> };
  // Pagefind quietly falls back to the biggest index when a language has none,
  // which would answer in another language: say so instead.
  if (!entry.languages[language]) throw new MissingIndexError(language);
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as {
    createInstance(options: Record<string, unknown>): PagefindInstance;
  };
  // Pagefind takes the index language from <html lang>; the site's code and
  // Pagefind's language may differ (nb/no), so lend it the right one while it reads it.
  const html = document.documentElement;
  const pageLang = html.lang;
  html.lang = language;
  const instance = pagefind.createInstance({ basePath: bundleUrl, baseUrl, noWorker: true, excerptLength: 22 });
  html.lang = pageLang;
  await instance.init();
  return {
    async search(query, filters) {
      const response = await instance.search(query, { filters });
      const results = response?.results ?? [];
      return {
        total: results.length,
        load: (from, count) => Promise.all(results.slice(from, from + count).map((r) => r.data())),
      };
    },
    filters: () => instance.filters(),
  };
}
