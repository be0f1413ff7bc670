import { describe, expect, it } from 'vitest';
import { createTranslator, interpolate, placeholders, preferredLanguage } from '../../src/lib/i18n.ts';

describe('interpolate', () => {
  it('fills every occurrence of each placeholder, numbers included', () => {
    expect(interpolate('{n} of {total} chapters, {n} read', { n: 3, total: 13 })).toBe('3 of 13 chapters, 3 read');
    expect(interpolate('Copy link to section: {title}', { title: 'First contact' })).toBe('Copy link to section: First contact');
  });

  it('leaves unknown placeholders visible so they get noticed', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Anna' })).toBe('Hello Anna, {missing}');
    expect(interpolate('{a}')).toBe('{a}');
  });

  it('inserts values literally: no second pass, no $-patterns', () => {
    expect(interpolate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
    expect(interpolate('Price: {p}', { p: '$& $1 $$' })).toBe('Price: $& $1 $$');
  });

  it('fills a placeholder with an empty string or zero', () => {
    expect(interpolate('[{a}]', { a: '' })).toBe('[]');
    expect(interpolate('{n} problems', { n: 0 })).toBe('0 problems');
  });

  it('ignores braces that are not placeholders', () => {
    expect(interpolate('{ a } {a-b} {}', { a: 'x' })).toBe('{ a } {a-b} {}');
  });
});

describe('createTranslator', () => {
  const en = { 'nav.home': 'Home', 'notice.fallback': 'Not yet in {language}.', 'nav.next': 'Next' };
  const lv = { 'nav.home': 'Sākums', 'notice.fallback': 'Vēl nav {language} valodā.' };
  const t = createTranslator(lv, en);

  it('uses the language strings with placeholders filled', () => {
    expect(t('nav.home')).toBe('Sākums');
    expect(t('notice.fallback', { language: 'latviešu' })).toBe('Vēl nav latviešu valodā.');
  });

  it('falls back to the source string for a key the language lacks', () => {
    expect(t('nav.next')).toBe('Next');
  });

  it('keeps an empty translation rather than falling back', () => {
    expect(createTranslator({ 'nav.home': '' }, en)('nav.home')).toBe('');
  });

  it('throws on a key no language has, naming the key', () => {
    expect(() => t('nav.nowhere')).toThrow('Unknown interface string "nav.nowhere"');
  });
});

describe('placeholders', () => {
  it('lists placeholder names sorted, with repeats', () => {
    expect(placeholders('{b} and {a}')).toEqual(['a', 'b']);
    expect(placeholders('{n} of {total}, {n}')).toEqual(['n', 'n', 'total']);
    expect(placeholders('no placeholders')).toEqual([]);
  });

  it('gives the same list for a translation that reorders placeholders', () => {
    expect(placeholders('{total} no {n}').join()).toBe(placeholders('{n} of {total}').join());
    expect(placeholders('{count} no {n}').join()).not.toBe(placeholders('{n} of {total}').join());
  });
});

describe('preferredLanguage', () => {
  const available = ['en', 'de', 'ru', 'lv', 'et', 'lt', 'pl', 'fi', 'sv', 'nb'];

  it('matches a region tag to its language', () => {
    expect(preferredLanguage(['lv-LV', 'ru'], available)).toBe('lv');
    expect(preferredLanguage(['de-AT'], available)).toBe('de');
    expect(preferredLanguage(['sv-FI', 'fi'], available)).toBe('sv');
  });

  it('takes the first requested language the site has', () => {
    expect(preferredLanguage(['fr-FR', 'fr', 'ru', 'en'], available)).toBe('ru');
    expect(preferredLanguage(['ru', 'lv'], available)).toBe('ru');
  });

  it('matches case-insensitively', () => {
    expect(preferredLanguage(['LV'], available)).toBe('lv');
    expect(preferredLanguage(['EN-gb'], available)).toBe('en');
  });

  it('sends Norwegian "no" and "nn" readers to "nb"', () => {
    expect(preferredLanguage(['no'], available)).toBe('nb');
    expect(preferredLanguage(['nn'], available)).toBe('nb');
    expect(preferredLanguage(['nn-NO'], available)).toBe('nb');
    expect(preferredLanguage(['nb-NO'], available)).toBe('nb');
    expect(preferredLanguage(['nb'], ['en', 'no'])).toBe('no');
  });

  it('prefers an exact region match over the bare language', () => {
    expect(preferredLanguage(['pt-BR'], ['pt', 'pt-BR'])).toBe('pt-BR');
  });

  it('returns undefined when nothing matches', () => {
    expect(preferredLanguage(['fr', 'es-ES', 'zh-Hant-TW'], available)).toBeUndefined();
    expect(preferredLanguage([], available)).toBeUndefined();
    expect(preferredLanguage(['en'], [])).toBeUndefined();
  });
});
