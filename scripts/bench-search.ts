/**
 * npm run bench:search — measures search on the built site in dist/ (run
 * `npm run build` first), in Debian's Chromium over a local HTTP server:
 *
 * - index size on disk per language (the files only that language loads, plus
 *   the shared pagefind.js and entry file);
 * - bytes downloaded for a reader's first query on a chapter page (search script,
 *   Pagefind, its WebAssembly and index chunks), as transferred;
 * - time from a keystroke to rendered results, median of 20 queries, measured in
 *   the page (it includes the 120 ms the field waits for typing to pause).
 */
import { readFileSync, statSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchChromium } from '../tests/support/chromium.ts';
import { bundleName, extractZip } from '../tests/support/project.ts';
import { contentDir, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { listFiles } from '../src/build/files.ts';
import { benchQueries as queries, offlineBenchQueries } from '../src/lib/bench-queries.ts';

const dist = process.env.STROM_DIST ?? 'dist';
const bundle = join(dist, 'pagefind');
if (!existsSync(join(bundle, 'pagefind-entry.json'))) {
  console.error(`No search index in ${bundle}/: run npm run build first.`);
  process.exit(1);
}
const debounceMs = 120;
const languages = valueOrThrow(readLanguageList(contentDir())).languages;
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
};

const all = listFiles(bundle).map((file) => join(bundle, file));
const size = (paths: string[]) => paths.reduce((sum, p) => sum + statSync(p).size, 0);
const shared = size(all.filter((p) => /pagefind\.js$|pagefind-entry\.json$/.test(p)));


const server = await serveStatic(dist, '/');
const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const language of languages) {
    const index = entry.languages[language.pagefind];
    if (!index) {
      rows.push([language.code, 'no index', '', '', '', '']);
      continue;
    }
    const own = all.filter((p) => p.includes(`${index.hash.split('_')[0]}_`) || p.endsWith(`wasm.${index.wasm ?? 'unknown'}.pagefind`));
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    let counting = false;
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      if (counting) bytes += event.encodedDataLength;
    });
    await page.goto(`${server.url}${language.code}/why-municipalities/`);
    counting = true;
    const words = queries[language.code] ?? queries.en!;
    const times: number[] = [];
    let firstQueryBytes = 0;
    for (let i = 0; i < 20; i++) {
      const word = words[i % words.length]!;
      const ms = await page.evaluate(
        ({ word }) =>
          new Promise<number>((resolve, reject) => {
            const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
            input.focus();
            input.value = '';
            const started = performance.now();
            const done = () => {
              const status = document.querySelector('.search-panel__status')?.textContent ?? '';
              return document.querySelector('.search-panel .search-hit') && !status.endsWith('…');
            };
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            input.value = word;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => reject(new Error(`no results for "${word}"`)), 15000);
          }),
        { word },
      );
      times.push(ms);
      if (i === 0) firstQueryBytes = bytes;
      // Clear the field between queries so the next one is a fresh keystroke.
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
        input.value = '';
      });
    }
    await context.close();
    const sorted = [...times].sort((a, b) => a - b);
    const median = (sorted[9]! + sorted[10]!) / 2;
    rows.push([
      language.code,
      `${index.page_count}`,
      `${((size(own) + shared) / 1024).toFixed(0)} KB`,
      `${(firstQueryBytes / 1024).toFixed(0)} KB`,
      `${median.toFixed(0)} ms`,
      `${(median - debounceMs).toFixed(0)} ms`,
    ]);
  }
} finally {
  await server.close();
}

const header = ['lang', 'pages', 'index on disk', 'first query downloads', 'keystroke → results (median of 20)', 'of which searching'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
console.log(`\nThe field waits ${debounceMs} ms for typing to pause; "of which searching" is the time after that.`);

// Offline: a reader opens a chapter of an unzipped bundle with file:// and
// searches. Measured from the start of the page load to rendered results.
{
  const offlineRows: string[][] = [];
  const work = mkdtempSync(join(tmpdir(), 'strom offline Ģ '));
  try {
    for (const [lang, query] of offlineBenchQueries) {
      const name = bundleName(lang);
      const zip = join(dist, 'bundles', `${name}.zip`);
      if (!existsSync(zip)) continue;
      extractZip(zip, work);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(pathToFileURL(join(work, name, lang, 'why-municipalities', 'index.html')).href);
        const ms = await page.evaluate(
          (word) =>
            new Promise<number>((resolve, reject) => {
              const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
              input.focus();
              input.value = word;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              const timer = setInterval(() => {
                if (document.querySelector('.search-panel .search-hit')) {
                  clearInterval(timer);
                  resolve(performance.now());
                }
              }, 5);
              setTimeout(() => reject(new Error('no results')), 15000);
            }),
          query,
        );
        times.push(ms);
        await context.close();
      }
      times.sort((a, b) => a - b);
      offlineRows.push([lang, query, `${(statSync(zip).size / 1024 / 1024).toFixed(1)} MB`, `${times[2]!.toFixed(0)} ms`]);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log('\nOffline bundle (file://): from opening a chapter page to the first rendered results, median of 5 cold loads');
  const head = ['lang', 'query', 'bundle size', 'open page → results'];
  const w = head.map((h, i) => Math.max(h.length, ...offlineRows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(w[i]!)).join('  ');
  console.log(`${fmt(head)}\n${w.map((x) => '-'.repeat(x)).join('  ')}\n${offlineRows.map(fmt).join('\n')}`);
}
