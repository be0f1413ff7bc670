import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/sitemap.ts';

const site = 'https://example.org/strom';

/** The <url> entries, each as its loc and its alternates (hreflang → href). */
function entries(xml: string) {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(body!)![1],
    alternates: Object.fromEntries([...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]*)"\/>/g)].map((m) => [m[1], m[2]])),
  }));
}

describe('sitemapXml', () => {
  it('is a sitemap document with the xhtml namespace', () => {
    const xml = sitemapXml([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
    expect(entries(xml)).toEqual([]);
  });

  it('lists every language version of a page, each naming all versions and x-default', () => {
    const urls = new Map([
      ['en', `${site}/en/about/`],
      ['lv', `${site}/lv/about/`],
      ['de', `${site}/de/about/`],
    ]);
    const alternates = { en: `${site}/en/about/`, lv: `${site}/lv/about/`, de: `${site}/de/about/`, 'x-default': `${site}/en/about/` };
    expect(entries(sitemapXml([{ urls, defaultLang: 'en' }]))).toEqual([
      { loc: `${site}/en/about/`, alternates },
      { loc: `${site}/lv/about/`, alternates },
      { loc: `${site}/de/about/`, alternates },
    ]);
  });

  it('leaves out languages the page is not written in', () => {
    const xml = sitemapXml([
      { urls: new Map([['en', `${site}/en/tools/`], ['lv', `${site}/lv/tools/`]]), defaultLang: 'en' },
      { urls: new Map([['en', `${site}/en/prevention/`]]), defaultLang: 'en' },
    ]);
    const list = entries(xml);
    expect(list.map((e) => e.loc)).toEqual([`${site}/en/tools/`, `${site}/lv/tools/`, `${site}/en/prevention/`]);
    expect(Object.keys(list[0]!.alternates)).toEqual(['en', 'lv', 'x-default']);
    expect(list[2]!.alternates).toEqual({ en: `${site}/en/prevention/`, 'x-default': `${site}/en/prevention/` });
    expect(xml).not.toContain('/lv/prevention/');
  });

  it('gives no x-default when the default language has no version of the page', () => {
    const [entry] = entries(sitemapXml([{ urls: new Map([['lv', `${site}/lv/glossary/`]]), defaultLang: 'en' }]));
    expect(entry).toEqual({ loc: `${site}/lv/glossary/`, alternates: { lv: `${site}/lv/glossary/` } });
  });

  it('gives no entry at all for a page with no language versions', () => {
    expect(entries(sitemapXml([{ urls: new Map(), defaultLang: 'en' }]))).toEqual([]);
  });

  it('escapes XML special characters in locations and alternates', () => {
    const xml = sitemapXml([{ urls: new Map([['en', 'https://example.org/?a=1&b=<2>"']]), defaultLang: 'en' }]);
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;&quot;</loc>');
    expect(xml).toContain('hreflang="en" href="https://example.org/?a=1&amp;b=&lt;2&gt;&quot;"/>');
    expect(xml).toContain('hreflang="x-default" href="https://example.org/?a=1&amp;b=&lt;2&gt;&quot;"/>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
