/**
 * Short links and their targets as pages need them: one entry per chapter and
 * per section of the English chapter (heading IDs are the same in every language).
 */
import { render } from 'astro:content';
import { getSite } from './site.ts';
import { shortLinkPath, shortLinkTargets, shortLinkUrl, type ShortLinkTarget } from '../lib/short-links.ts';

export interface ShortLink {
  chapterId: string;
  headingId?: string | undefined;
  /** The heading's English text, for the page title. */
  headingText?: string | undefined;
  targets: ShortLinkTarget[];
}

/** Languages in which a chapter is really written (not shown as an English fallback). */
export async function translatedIn(chapterId: string): Promise<string[]> {
  const site = await getSite();
  return site.languages
    .map((l) => l.code)
    .filter((code) => code === site.sourceLang || site.chapters(code).some((c) => c.id === chapterId && !c.isFallback));
}

export async function shortLinks(): Promise<ShortLink[]> {
  const site = await getSite();
  const links: ShortLink[] = [];
  for (const chapter of site.chapters(site.sourceLang)) {
    const langs = await translatedIn(chapter.id);
    const { headings } = await render(chapter.entry);
    links.push({ chapterId: chapter.id, targets: shortLinkTargets(chapter.id, undefined, langs, site.sourceLang) });
    for (const heading of headings) {
      links.push({ chapterId: chapter.id, headingId: heading.slug, headingText: heading.text, targets: shortLinkTargets(chapter.id, heading.slug, langs, site.sourceLang) });
    }
  }
  return links;
}

/** The absolute short link of a chapter, as shown to trainers and put in QR codes. */
export const publicShortLink = (site: URL | undefined, chapterId: string, headingId?: string): string =>
  shortLinkUrl(site?.href ?? 'http://localhost:4321/', import.meta.env.BASE_URL, chapterId, headingId);

export { shortLinkPath };
