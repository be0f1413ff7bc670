/**
 * The figures of the model pages, made once per build from the site's content:
 * the referral pathway of a model, the regional map of a language, the models and
 * chapter sections of a country. The drawing is done by the pure functions in
 * src/lib; this file only feeds them the content and the interface strings.
 */
import topology from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { getSite, type ReaderModel } from './site.ts';
import { pageHref } from './links.ts';
import { pathwaySvg, type PathwayLabels, type ReferralStep } from '../lib/pathway-diagram.ts';
import { regionMap, type RegionMap } from '../lib/region-map.ts';
import { sectionsMentioning, type MentioningSection } from '../lib/country-mentions.ts';
import type { Translate } from '../lib/i18n.ts';

export const pathwayLabels = (t: Translate): PathwayLabels => ({
  level: { local: t('pathway.level.local'), national: t('pathway.level.national'), 'cross-border': t('pathway.level.cross-border') },
  handoff: { local: t('pathway.handoff.local'), national: t('pathway.handoff.national'), 'cross-border': t('pathway.handoff.cross-border') },
});

/** The pathway SVG of a model's steps, labelled in the language the steps are written in. */
export const pathwayFor = (steps: readonly ReferralStep[], t: Translate): string => pathwaySvg(steps, pathwayLabels(t));

/** Country names in a language, falling back to the source language and then to the code. */
export function countryNames(lang: string, sourceLang: string): (code: string) => string {
  const names = new Intl.DisplayNames([lang, sourceLang], { type: 'region' });
  return (code) => names.of(code) ?? code;
}

const maps = new Map<string, Promise<RegionMap>>();

/** The regional map of a language: a numbered mark for every model with coordinates, in model order. */
export function regionMapFor(lang: string): Promise<RegionMap> {
  if (!maps.has(lang)) {
    maps.set(
      lang,
      getSite().then((site) => {
        const t = site.t(lang);
        const located = site.models(lang).filter((m) => m.doc.coordinates);
        return regionMap({
          topology: topology as unknown as Topology,
          title: t('map.title'),
          countryName: countryNames(lang, site.sourceLang),
          marks: located.map((m) => ({
            id: m.id,
            lat: m.doc.coordinates!.lat,
            lon: m.doc.coordinates!.lon,
            label: m.doc.title,
            href: pageHref(lang, { kind: 'model', id: m.id }),
            lang: m.contentLang === lang ? undefined : m.contentLang,
          })),
        });
      }),
    );
  }
  return maps.get(lang)!;
}

export interface CountryPage {
  /** ISO 3166-1 alpha-2, upper case ("EE"); the URL uses it in lower case. */
  code: string;
  name: string;
  models: ReaderModel[];
}

/** Every country that has a model or a helpline, sorted by name in the reader's language. */
export async function countriesFor(lang: string): Promise<CountryPage[]> {
  const site = await getSite();
  const name = countryNames(lang, site.sourceLang);
  const models = site.models(lang);
  const codes = new Set([...models.flatMap((m) => (m.doc.country ? [m.doc.country] : [])), ...site.helplines.map((h) => h.country)]);
  const collator = new Intl.Collator(lang);
  return [...codes]
    .map((code) => ({ code, name: name(code), models: models.filter((m) => m.doc.country === code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export interface ChapterNote {
  chapterId: string;
  chapterTitle: string;
  contentLang: string;
  sections: MentioningSection[];
}

/** The chapter sections that name a country, in the reader's language (or the English text it falls back to). */
export async function chapterNotesFor(lang: string, code: string): Promise<ChapterNote[]> {
  const site = await getSite();
  return site
    .chapters(lang)
    .map((chapter) => {
      const names = [countryNames(chapter.contentLang, site.sourceLang)(code), countryNames(site.sourceLang, site.sourceLang)(code)];
      return { chapterId: chapter.id, chapterTitle: chapter.doc.title, contentLang: chapter.contentLang, sections: sectionsMentioning(chapter.entry.body ?? '', names) };
    })
    .filter((note) => note.sections.length > 0);
}
