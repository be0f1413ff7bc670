/**
 * What a content component needs to know about the page it is rendered on. Pages
 * set these on Astro.locals before rendering a document.
 */
import type { AstroGlobal } from 'astro';
import { getSite } from '../../data/site.ts';

export async function contentContext(astro: AstroGlobal) {
  const site = await getSite();
  const lang = astro.locals.lang ?? site.sourceLang;
  const contentLang = astro.locals.contentLang ?? lang;
  return { site, lang, contentLang, t: site.t(contentLang), sources: astro.locals.sources ?? [] };
}
