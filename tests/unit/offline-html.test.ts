import { describe, expect, it } from 'vitest';
import { offlineHtml, planOfflineHtml } from '../../src/lib/offline-html.ts';
import { scanHtml } from '../../src/lib/html-links.ts';

const files = new Set(['index.html', 'en/index.html', 'lv/index.html', 'lv/about/index.html', 'en/about/index.html', 'lv/search/index.html', 'en/search/index.html', '_astro/Base.css', 'js/site.js', 'js/search.lv.js', 'favicon.svg']);
const run = (html: string, file = 'lv/about/index.html', base = '/strom/') => offlineHtml({ html, file, base, has: (f) => files.has(f) });

describe('offlineHtml', () => {
  it('makes internal URLs relative links to files, keeping query and hash', () => {
    const html = '<link rel="stylesheet" href="/strom/_astro/Base.css"><script src="/strom/js/site.js?v=1" defer></script><a href="/strom/lv/">Home</a> <a href="/strom/en/about/#x">EN</a> <a href="#top">top</a>';
    expect(run(html)).toBe(
      '<link rel="stylesheet" href="../../_astro/Base.css"><script src="../../js/site.js?v=1" defer></script><a href="../index.html">Home</a> <a href="../../en/about/index.html#x">EN</a> <a href="#top">top</a>',
    );
  });

  it('leaves external links alone and drops canonical and alternate links', () => {
    const html = '<link rel="canonical" href="https://example.org/lv/about/"><link rel="alternate" hreflang="de" href="https://example.org/de/about/"><a href="https://eur-lex.europa.eu/">EUR-Lex</a>';
    expect(run(html)).toBe('<a href="https://eur-lex.europa.eu/">EUR-Lex</a>');
  });

  it('removes languages the bundle lacks from the switcher, and unlinks other links to missing pages', () => {
    const html = '<ul><li><a href="/strom/lv/about/" hreflang="lv" data-keep-hash>Latviešu</a></li><li><a href="/strom/de/about/" hreflang="de" data-keep-hash>Deutsch</a></li></ul><td><a href="/strom/de/about/" title="x">Translated</a></td>';
    expect(run(html)).toBe('<ul><li><a href="index.html" hreflang="lv" data-keep-hash>Latviešu</a></li></ul><td><span title="x">Translated</span></td>');
  });

  it('points the search form at the bundle, in offline mode', () => {
    const html = '<form action="/strom/lv/search/" data-search data-script="/strom/js/search.lv.js?v=2" data-bundle="/strom/pagefind/" data-base="/strom/" data-source-search="/strom/en/search/" hidden></form>';
    expect(run(html)).toBe(
      '<form action="../search/index.html" data-search data-script="../../js/search.lv.js?v=2" data-bundle="../../pagefind/" data-base="../../" data-source-search="../../en/search/index.html" hidden data-search-mode="offline"></form>',
    );
  });

  it('swaps online-only parts for offline ones', () => {
    const html = '<div data-online-only><table><tr><td><a href="/strom/bundles/x.zip">x</a></td></tr></table></div><p data-offline-only hidden>Offline copy</p>';
    expect(run(html)).toBe('<p data-offline-only>Offline copy</p>');
  });

  it('rewrites links inside an inline SVG (the map marks) like any other link', () => {
    const html = '<svg viewBox="0 0 10 10"><a class="m" href="/strom/en/about/" aria-label="1. About"><circle cx="1" cy="1" r="1"/></a><a href="/strom/de/about/" aria-label="2. Missing"><circle cx="2" cy="2" r="1"/></a></svg>';
    expect(run(html)).toBe(
      '<svg viewBox="0 0 10 10"><a class="m" href="../../en/about/index.html" aria-label="1. About"><circle cx="1" cy="1" r="1"/></a><g><circle cx="2" cy="2" r="1"/></g></svg>',
    );
  });

  it('turns relative links written in content into links to files', () => {
    expect(run('<a href="../../en/about/#x">EN</a> <a href="../">Home</a>')).toBe('<a href="../../en/about/index.html#x">EN</a> <a href="../index.html">Home</a>');
  });

  it('works from the bundle root with the domain-root base', () => {
    expect(run('<a href="/lv/">Latviešu</a>', 'index.html', '/')).toBe('<a href="lv/index.html">Latviešu</a>');
  });
});

describe('planOfflineHtml', () => {
  const page =
    '<link rel="canonical" href="https://example.org/x/"><link rel="stylesheet" href="/strom/_astro/Base.css"><div data-online-only><a id="gone" href="/strom/lv/">x</a></div>' +
    '<ul><li><a href="/strom/lv/about/" data-keep-hash>lv</a></li><li id="de-item"><a href="/strom/de/about/#a" data-keep-hash>de</a></li></ul>' +
    '<h2 id="part">Part</h2><a href="/strom/de/about/">unlinked</a><a href="#part">here</a><img src="/strom/favicon.svg" srcset="/strom/favicon.svg 1x, /strom/missing.png 2x" alt="">' +
    '<script src="/strom/js/site.js?v=1"></script>';

  it('gives the same page as offlineHtml for each set of bundle files, and the links and ids scanHtml would find in it', () => {
    const plan = planOfflineHtml(page, 'lv/about/index.html', '/strom/');
    expect(plan.needs).toContain('de/about/index.html');
    for (const extra of [[], ['de/about/index.html'], ['de/about/index.html', 'missing.png']]) {
      const has = (f: string) => files.has(f) || extra.includes(f);
      const { html, scan } = plan.renderWithScan(has);
      expect(html).toBe(offlineHtml({ html: page, file: 'lv/about/index.html', base: '/strom/', has }));
      expect(scan.refs).toEqual(scanHtml(html).refs);
      expect([...scan.ids].sort()).toEqual([...scanHtml(html).ids].sort());
    }
  });

  it('marks where the page differs between bundles: only around links to files some bundle may lack', () => {
    const plan = planOfflineHtml(page, 'lv/about/index.html', '/strom/', (f) => f.startsWith('de/') || f === 'missing.png');
    const renders = [[], ['de/about/index.html'], ['de/about/index.html', 'missing.png']].map((extra) => plan.renderWithScan((f) => files.has(f) || extra.includes(f)));
    expect(new Set(renders.map((r) => r.html)).size).toBe(3);
    expect(new Set(renders.map((r) => r.html.slice(0, r.head))).size).toBe(1);
    expect(new Set(renders.map((r) => r.html.slice(r.tail))).size).toBe(1);
    const [first] = renders;
    expect(first!.html.slice(0, first!.head)).toBe('<link rel="stylesheet" href="../../_astro/Base.css"><ul><li><a href="index.html" data-keep-hash>lv</a></li>');
    expect(first!.html.slice(first!.tail)).toBe('<script src="../../js/site.js?v=1"></script>');
    // Without mayLack any link may go: the whole page from its first link on may differ.
    const open = planOfflineHtml(page, 'lv/about/index.html', '/strom/').renderWithScan((f) => files.has(f));
    expect(open.head).toBe(0);
  });
});
