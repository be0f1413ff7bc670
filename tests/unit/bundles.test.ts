import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { bundleSpecs, readmeText } from '../../src/lib/bundles.ts';
import { buildBundles, type BundleInput } from '../../src/build/bundles.ts';

describe('bundleSpecs', () => {
  it('makes one bundle with every language and one per language with English added', () => {
    const specs = bundleSpecs('1.2.0', ['en', 'lv', 'ru'], 'en');
    expect(specs.map((s) => [s.name, s.languages])).toEqual([
      ['strom-guidelines-1.2.0-all', ['en', 'lv', 'ru']],
      ['strom-guidelines-1.2.0-en', ['en']],
      ['strom-guidelines-1.2.0-lv', ['lv', 'en']],
      ['strom-guidelines-1.2.0-ru', ['ru', 'en']],
    ]);
  });
});

describe('readmeText', () => {
  it('has every language, Windows line endings and a byte-order mark', () => {
    const strings = (word: string) => ({ title: `${word} title`, open: `${word}: open index.html`, contents: 'Languages: {languages}. Version {version}, {date}.', check: 'Check.' });
    const text = readmeText(
      [
        { lang: 'lv', languageName: 'Latviešu', strings: strings('Atveriet') },
        { lang: 'en', languageName: 'English', strings: strings('Open') },
      ],
      { version: '1.0.0', date: '2026-11-28', languages: 'Latviešu, English' },
    );
    expect(text.startsWith('\ufeff[Latviešu]\r\n')).toBe(true);
    expect(text).toContain('Atveriet: open index.html');
    expect(text).toContain('[English]');
    expect(text).toContain('Languages: Latviešu, English. Version 1.0.0, 2026-11-28.');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

/** A tiny built site: two languages, a search bundle shaped like Pagefind's. */
function fakeSite(root: string, brokenLink = false) {
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const page = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><link rel="stylesheet" href="/_astro/site.css"><script src="/js/site.js" defer></script></head><body>${body}</body></html>`;
  write('index.html', page('en', '<a href="/en/">English</a> <a href="/lv/">Latviešu</a>'));
  write('en/index.html', page('en', '<h2 id="a">A</h2><a href="/lv/#a">LV</a>'));
  write('lv/index.html', page('lv', `<h2 id="a">A</h2><a href="/en/#a">EN</a>${brokenLink ? '<a href="/lv/#missing">x</a>' : ''}`));
  write('_astro/site.css', 'body{color:black}');
  write('js/site.js', '1;');
  write('sitemap.xml', '<urlset/>');
  write('pagefind/pagefind.js', 'var createInstance=()=>1;export{createInstance};');
  write('pagefind/pagefind-entry.json', JSON.stringify({ version: '1', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 1 }, lv: { hash: 'lv_2', wasm: null, page_count: 1 } } }));
  for (const f of ['pagefind.en_1.pf_meta', 'pagefind.lv_2.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'index/en_a.pf_index', 'index/lv_b.pf_index']) write(`pagefind/${f}`, f);
}

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function input(brokenLink = false): BundleInput {
  const root = mkdtempSync(join(tmpdir(), 'strom-bundles-'));
  roots.push(root);
  fakeSite(join(root, 'site'), brokenLink);
  return {
    siteDir: join(root, 'site'),
    outDir: join(root, 'site', 'bundles'),
    base: '/',
    languages: [
      { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', pagefind: 'en' },
      { code: 'lv', name: 'Latviešu', englishName: 'Latvian', dir: 'ltr', pagefind: 'lv' },
    ],
    version: '1.0.0',
    date: '2026-11-28',
    readme: () => ({ title: 'T', open: 'Open index.html', contents: '{languages}', check: 'C' }),
  };
}

describe('buildBundles', () => {
  it('writes verified zips with one root folder, relative links and the search data', async () => {
    const settings = input();
    const built = await buildBundles(settings, bundleSpecs('1.0.0', ['en', 'lv'], 'en'));
    expect(readdirSync(settings.outDir).sort()).toEqual(['SHA256SUMS', 'strom-guidelines-1.0.0-all.zip', 'strom-guidelines-1.0.0-en.zip', 'strom-guidelines-1.0.0-lv.zip']);
    const lv = unzipSync(new Uint8Array(readFileSync(join(settings.outDir, 'strom-guidelines-1.0.0-lv.zip'))));
    const names = Object.keys(lv).sort();
    expect(names.every((n) => n.startsWith('strom-guidelines-1.0.0-lv/'))).toBe(true);
    expect(names).toContain('strom-guidelines-1.0.0-lv/README.txt');
    expect(names).toContain('strom-guidelines-1.0.0-lv/pagefind/offline-lv.js');
    expect(names).toContain('strom-guidelines-1.0.0-lv/pagefind/pagefind-classic.js');
    expect(names.some((n) => n.endsWith('sitemap.xml') || n.endsWith('pagefind/pagefind.js'))).toBe(false);
    const html = new TextDecoder().decode(lv['strom-guidelines-1.0.0-lv/lv/index.html']);
    expect(html).toContain('href="../_astro/site.css"');
    expect(html).toContain('href="../en/index.html#a"');
    const en = unzipSync(new Uint8Array(readFileSync(join(settings.outDir, 'strom-guidelines-1.0.0-en.zip'))));
    // The English-only bundle has no Latvian: the chooser's link to it is gone.
    expect(new TextDecoder().decode(en['strom-guidelines-1.0.0-en/index.html'])).not.toContain('lv/');
    expect(built.map((b) => b.files)).toEqual([Object.keys(unzipSync(new Uint8Array(readFileSync(built[0]!.file)))).length, Object.keys(en).length, names.length]);
  });

  it('writes nothing, not even a partial file, when a bundle has a broken link', async () => {
    const settings = input(true);
    await expect(buildBundles(settings, bundleSpecs('1.0.0', ['en', 'lv'], 'en'))).rejects.toThrow(/broken links[\s\S]*#missing/);
    expect(existsSync(settings.outDir) ? readdirSync(settings.outDir) : []).toEqual([]);
  });
});
