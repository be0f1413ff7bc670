import { describe, expect, it } from 'vitest';
import { chooseTarget, shortLinkPath, shortLinkTargets, shortLinkUrl } from '../../src/lib/short-links.ts';

describe('short links', () => {
  const targets = shortLinkTargets('recognising-victims', 'first-contact', ['de', 'en', 'nb'], 'en');

  it('lists the source language first, then every language that has the chapter, with the section', () => {
    expect(targets).toEqual([
      { lang: 'en', path: '/en/recognising-victims/#first-contact' },
      { lang: 'de', path: '/de/recognising-victims/#first-contact' },
      { lang: 'nb', path: '/nb/recognising-victims/#first-contact' },
    ]);
  });

  it("sends the reader to the first of the browser's languages that has the chapter", () => {
    expect(chooseTarget(['fr-FR', 'de-AT', 'en'], targets)?.lang).toBe('de');
    expect(chooseTarget(['no'], targets)?.lang).toBe('nb');
  });

  it('falls back to the source language when none of the browser languages has it', () => {
    expect(chooseTarget(['lv', 'fr'], targets)?.lang).toBe('en');
    expect(chooseTarget([], targets)?.lang).toBe('en');
  });

  it('builds the path and the public URL under a sub-path', () => {
    expect(shortLinkPath('about')).toBe('/go/about/');
    expect(shortLinkPath('about', 'scope')).toBe('/go/about/scope/');
    expect(shortLinkUrl('https://example.org', '/strom/', 'about')).toBe('https://example.org/strom/go/about/');
    expect(shortLinkUrl('https://example.org/', '/', 'about', 'scope')).toBe('https://example.org/go/about/scope/');
  });
});
