import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { type Page } from '../lib/routes.ts';
import { pageHref } from '../data/links.ts';
import { sitemapXml, type SitemapPage } from '../lib/sitemap.ts';
import { countriesFor } from '../data/visuals.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const codes = site.languages.map((l) => l.code);
  const url = (lang: string, page: Page) => new URL(pageHref(lang, page), siteUrl).href;
  const everywhere = (page: Page): SitemapPage => ({ urls: new Map(codes.map((c) => [c, url(c, page)])), defaultLang: site.sourceLang });
  const translated = (page: Page, inLanguage: (code: string) => boolean): SitemapPage => ({
    urls: new Map(codes.filter(inLanguage).map((c) => [c, url(c, page)])),
    defaultLang: site.sourceLang,
  });
  const pages: SitemapPage[] = [
    everywhere({ kind: 'home' }),
    ...site.chapters(site.sourceLang).map((c, i) => translated({ kind: 'chapter', id: c.id }, (code) => !site.chapters(code)[i]!.isFallback)),
    everywhere({ kind: 'models' }),
    ...site.models(site.sourceLang).map((m, i) => translated({ kind: 'model', id: m.id }, (code) => !site.models(code)[i]!.isFallback)),
    everywhere({ kind: 'comparison' }),
    ...(await countriesFor(site.sourceLang)).map((c) => everywhere({ kind: 'country', id: c.code.toLowerCase() })),
    translated({ kind: 'glossary' }, (code) => site.glossary(code).some((term) => term.contentLang === code)),
    everywhere({ kind: 'helplines' }),
    everywhere({ kind: 'translations' }),
    everywhere({ kind: 'downloads' }),
  ];
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
