import { describe, expect, it } from 'vitest';
import { normaliseBase, pagePath, parsePagePath, reservedSegments, withBase } from '../../src/lib/routes.ts';

const codes = ['en', 'lv'];

describe('routes', () => {
  it('round-trips every page kind', () => {
    const pages = [
      { kind: 'home' },
      { kind: 'chapter', id: 'local-mapping' },
      { kind: 'models' },
      { kind: 'model', id: 'latvia' },
      { kind: 'comparison' },
      { kind: 'country', id: 'lt' },
      { kind: 'glossary' },
      { kind: 'helplines' },
      { kind: 'translations' },
      { kind: 'search' },
      { kind: 'downloads' },
      { kind: 'review', document: 'chapter', id: 'local-mapping' },
      { kind: 'review', document: 'model', id: 'latvia' },
    ] as const;
    for (const page of pages) expect(parsePagePath(pagePath('lv', page), ['en', 'lv'])).toEqual({ lang: 'lv', page });
  });

  it('builds directory URLs for every page kind', () => {
    expect(pagePath('en', { kind: 'home' })).toBe('/en/');
    expect(pagePath('lv', { kind: 'chapter', id: 'about' })).toBe('/lv/about/');
    expect(pagePath('lv', { kind: 'models' })).toBe('/lv/models/');
    expect(pagePath('lv', { kind: 'model', id: 'latvia' })).toBe('/lv/models/latvia/');
    expect(pagePath('lv', { kind: 'comparison' })).toBe('/lv/comparison/');
    expect(pagePath('lv', { kind: 'country', id: 'ee' })).toBe('/lv/countries/ee/');
    expect(pagePath('nb', { kind: 'glossary' })).toBe('/nb/glossary/');
    expect(pagePath('nb', { kind: 'helplines' })).toBe('/nb/helplines/');
    expect(pagePath('nb', { kind: 'translations' })).toBe('/nb/translations/');
    expect(pagePath('lv', { kind: 'review', document: 'chapter', id: 'about' })).toBe('/lv/translations/about/');
    expect(pagePath('lv', { kind: 'review', document: 'model', id: 'latvia' })).toBe('/lv/translations/models/latvia/');
  });
});

describe('withBase', () => {
  it('leaves paths alone at the root base "/"', () => {
    expect(withBase('/', '/lv/about/')).toBe('/lv/about/');
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/', '/_astro/site.css')).toBe('/_astro/site.css');
  });

  it('gives the same result for "/strom" and "/strom/"', () => {
    for (const base of ['/strom', '/strom/']) {
      expect(withBase(base, '/lv/about/')).toBe('/strom/lv/about/');
      expect(withBase(base, '/')).toBe('/strom/');
      expect(withBase(base, 'lv/')).toBe('/strom/lv/');
      expect(withBase(base, '/favicon.svg')).toBe('/strom/favicon.svg');
    }
  });

  it('never doubles slashes and keeps the trailing slash of the path', () => {
    expect(withBase('/strom//', '//lv/about/')).toBe('/strom/lv/about/');
    expect(withBase('/a/b/', '/en/')).toBe('/a/b/en/');
    expect(withBase('/strom', '/downloads/strom.zip')).toBe('/strom/downloads/strom.zip');
  });
});

describe('normaliseBase', () => {
  it('turns any BASE_PATH spelling into "/" or "/name/"', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('///')).toBe('/');
    expect(normaliseBase('strom')).toBe('/strom/');
    expect(normaliseBase('/strom')).toBe('/strom/');
    expect(normaliseBase('strom/')).toBe('/strom/');
    expect(normaliseBase('/strom/')).toBe('/strom/');
    expect(normaliseBase('//a//b//')).toBe('/a/b/');
  });

  it('works with withBase for every spelling', () => {
    for (const raw of ['strom', '/strom', '/strom/', 'strom/']) expect(withBase(normaliseBase(raw), '/en/')).toBe('/strom/en/');
    expect(withBase(normaliseBase(undefined), '/en/')).toBe('/en/');
  });
});

describe('parsePagePath', () => {
  it('reads pages with or without the trailing slash', () => {
    expect(parsePagePath('/lv/about/', codes)).toEqual({ lang: 'lv', page: { kind: 'chapter', id: 'about' } });
    expect(parsePagePath('/lv/about', codes)).toEqual({ lang: 'lv', page: { kind: 'chapter', id: 'about' } });
    expect(parsePagePath('/en', codes)).toEqual({ lang: 'en', page: { kind: 'home' } });
  });

  it('rejects languages the site does not have', () => {
    expect(parsePagePath('/ru/about/', codes)).toBeNull();
    expect(parsePagePath('/LV/about/', codes)).toBeNull();
    expect(parsePagePath('/', codes)).toBeNull();
    expect(parsePagePath('/about/', codes)).toBeNull();
  });

  it('never takes a reserved segment for a chapter', () => {
    for (const segment of ['print']) expect(parsePagePath(`/en/${segment}/`, codes)).toBeNull();
    expect(parsePagePath('/en/search/', codes)?.page).toEqual({ kind: 'search' });
    // the reserved pages that exist are themselves, not chapters
    expect(parsePagePath('/en/models/', codes)?.page).toEqual({ kind: 'models' });
    expect(parsePagePath('/en/glossary/', codes)?.page).toEqual({ kind: 'glossary' });
    for (const segment of reservedSegments) expect(parsePagePath(`/en/${segment}/`, codes)?.page.kind).not.toBe('chapter');
  });

  it('rejects paths deeper than a page', () => {
    expect(parsePagePath('/en/about/more/', codes)).toBeNull();
    expect(parsePagePath('/en/glossary/exploitation/', codes)).toBeNull();
    expect(parsePagePath('/en/helplines/ee/', codes)).toBeNull();
    expect(parsePagePath('/en/models/latvia/extra/', codes)).toBeNull();
    expect(parsePagePath('/en/countries/', codes)).toBeNull();
    expect(parsePagePath('/en/countries/lt/x/', codes)).toBeNull();
    expect(parsePagePath('/en/a/b/c/d/', codes)).toBeNull();
  });
});
