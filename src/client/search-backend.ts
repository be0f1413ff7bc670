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

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Pagefind's search behind the site's interface, once its files can be reached. */
async function backendFor(pagefind: PagefindModule, bundleUrl: string, language: string): Promise<SearchBackend> {
  // Pagefind takes the index language from <html lang>; the site's code and
  // Pagefind's language may differ (nb/no), so lend it the right one while it reads it.
  const html = document.documentElement;
  const pageLang = html.lang;
  html.lang = language;
  // Result URLs come back as site paths ("/lv/about/"); the interface adds the base.
  const instance = pagefind.createInstance({ basePath: bundleUrl, baseUrl: '/', noWorker: true, excerptLength: 22 });
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

/**
 * Pagefind over HTTP. `bundleUrl` is the folder of pagefind.js; `language` is the
 * language the pages were indexed under (the language list's `pagefind` field).
 */
export async function openPagefind(bundleUrl: string, language: string): Promise<SearchBackend> {
  const entry = (await (await fetch(`${bundleUrl}pagefind-entry.json`)).json()) as { languages: Record<string, unknown> };
  // Pagefind quietly falls back to the biggest index when a language has none,
  // which would answer in another language: say so instead.
  if (!entry.languages[language]) throw new MissingIndexError(language);
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
  return backendFor(pagefind, bundleUrl, language);
}

type OfflineWindow = Window & { STROM_PAGEFIND_FILES?: Record<string, string>; STROM_PAGEFIND?: PagefindModule };

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

let fetchShimmed = false;

/**
 * The same Pagefind from file://, where browsers allow neither module scripts nor
 * fetch(): Pagefind comes as a classic script, the index as base64 inside classic
 * scripts, and Pagefind's requests for its files are answered from those.
 */
export async function openOfflinePagefind(bundleUrl: string, language: string): Promise<SearchBackend> {
  const offline = window as OfflineWindow;
  try {
    await loadScript(`${bundleUrl}offline-${language}.js`);
  } catch {
    throw new MissingIndexError(language);
  }
  if (!offline.STROM_PAGEFIND) await loadScript(`${bundleUrl}pagefind-classic.js`);
  const files = offline.STROM_PAGEFIND_FILES ?? {};
  const folder = new URL(bundleUrl, location.href);
  if (!fetchShimmed) {
    fetchShimmed = true;
    const networkFetch = window.fetch?.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      const name = url.pathname.startsWith(folder.pathname) ? decodeURIComponent(url.pathname.slice(folder.pathname.length)) : undefined;
      const data = name === undefined ? undefined : files[name];
      if (data === undefined) return networkFetch ? networkFetch(input, init) : Promise.reject(new TypeError(`no file ${url.href}`));
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const type = name!.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': type } }));
    };
  }
  return backendFor(offline.STROM_PAGEFIND!, bundleUrl, language);
}
