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
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';
import { contentDir, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';

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

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}
const all = files(bundle);
const size = (paths: string[]) => paths.reduce((sum, p) => sum + statSync(p).size, 0);
const shared = size(all.filter((p) => /pagefind\.js$|pagefind-entry\.json$/.test(p)));

/** Words to search for per language: each should find something. */
const queries: Record<string, string[]> = {
  en: ['indicators', 'referral', 'child', 'shelter', 'interpreter'],
  de: ['Indikatoren', 'Kinder', 'Kommune', 'Ausbeutung', 'Opfer'],
  ru: ['признаки', 'дети', 'муниципалитет', 'эксплуатация', 'жертвы'],
  lv: ['pazīmes', 'bērni', 'pašvaldība', 'ekspluatācija', 'upuri'],
  et: ['tunnused', 'lapsed', 'omavalitsus', 'ärakasutamine', 'ohvrid'],
  lt: ['požymiai', 'vaikai', 'savivaldybė', 'išnaudojimas', 'aukos'],
  pl: ['wskaźniki', 'dzieci', 'gmina', 'wyzysk', 'ofiary'],
  fi: ['tunnusmerkit', 'lapset', 'kunta', 'hyväksikäyttö', 'uhrit'],
  sv: ['indikatorer', 'barn', 'kommun', 'exploatering', 'offer'],
  nb: ['indikatorer', 'barn', 'kommune', 'utnyttelse', 'ofre'],
};

const server = await serveStatic(dist, '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
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
  await browser.close();
  await server.close();
}

const header = ['lang', 'pages', 'index on disk', 'first query downloads', 'keystroke → results (median of 20)', 'of which searching'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}`);
console.log(`\nThe field waits ${debounceMs} ms for typing to pause; "of which searching" is the time after that.`);
