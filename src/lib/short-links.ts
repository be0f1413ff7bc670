/**
 * Short links for trainers: /go/<chapter>/ and /go/<chapter>/<heading>/ open a
 * chapter (and section) in the reader's language. They are plain static pages, so
 * they work on any host without redirect rules; a tiny script picks the language.
 */
import { preferredLanguage } from './i18n.ts';
import { pagePath } from './routes.ts';

/** The short link's site path (without the base path). */
export function shortLinkPath(chapterId: string, headingId?: string): string {
  return headingId ? `/go/${chapterId}/${headingId}/` : `/go/${chapterId}/`;
}

export interface ShortLinkTarget {
  lang: string;
  /** Site path of the chapter in that language, with the section's #fragment. */
  path: string;
}

/**
 * Where a short link can lead: the chapter in every language that really has it
 * (translated, not an English fallback), the source language first.
 */
export function shortLinkTargets(chapterId: string, headingId: string | undefined, translatedIn: readonly string[], sourceLang: string): ShortLinkTarget[] {
  const langs = [sourceLang, ...translatedIn.filter((code) => code !== sourceLang)];
  const hash = headingId ? `#${headingId}` : '';
  return langs.map((lang) => ({ lang, path: `${pagePath(lang, { kind: 'chapter', id: chapterId })}${hash}` }));
}

/** The language a reader is sent to: the first of the browser's languages that has the chapter, else the source. */
export function chooseTarget(browserLanguages: readonly string[], targets: readonly ShortLinkTarget[]): ShortLinkTarget | undefined {
  const code = preferredLanguage(browserLanguages, targets.map((t) => t.lang));
  return targets.find((t) => t.lang === code) ?? targets[0];
}

/** The short link as printed and encoded in QR codes: absolute, on the public address. */
export function shortLinkUrl(siteUrl: string, base: string, chapterId: string, headingId?: string): string {
  const path = shortLinkPath(chapterId, headingId);
  return new URL(`${base.replace(/\/+$/, '')}${path}`, siteUrl).href;
}
