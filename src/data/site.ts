/**
 * Everything pages render, gathered once from Astro's content layer. The decisions
 * (fallback, status, ordering) are made by the pure functions in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createTranslator, type Translate } from '../lib/i18n.ts';
import { byLanguage, documentsFor, statusTable, type ReaderDocument, type StatusRow } from '../lib/translation-status.ts';
import type { GlossaryTerm, Helpline, Language } from '../lib/schemas.ts';
import type { TranslationStatus } from '../lib/translation-status.ts';
import { entryCoverage, glossaryEntryStatus, type EntryCoverage } from '../lib/glossary-status.ts';
import { contentDir, readSourceTermBase, readTermBase } from '../lib/content-files.ts';
import type { TermRules } from '../lib/review-view.ts';
import { cached } from '../lib/cache.ts';
import { localHelpline, type LocalHelpline } from '../lib/helpline-texts.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type ModelEntry = CollectionEntry<'models'>;
export interface ReaderChapter extends ReaderDocument<ChapterEntry['data']> { entry: ChapterEntry }
export interface ReaderModel extends ReaderDocument<ModelEntry['data']> { entry: ModelEntry }
export interface ReaderTerm extends GlossaryTerm {
  contentLang: string;
  /** How the entry stands against the English one: an outdated entry gets a notice. */
  status: TranslationStatus;
}

export interface Site {
  languages: Language[];
  sourceLang: string;
  language(code: string): Language;
  t(lang: string): Translate;
  chapters(lang: string): ReaderChapter[];
  models(lang: string): ReaderModel[];
  glossary(lang: string): ReaderTerm[];
  helplines: Helpline[];
  /** The helplines with their texts in the reader's language where translated. */
  localHelplines(lang: string): LocalHelpline[];
  chapterStatus: StatusRow[];
  modelStatus: StatusRow[];
  glossaryCoverage(lang: string): EntryCoverage;
  /** The term base of a language, for marking terms in the review view (empty without one). */
  termRules(lang: string): TermRules;
}

const langOf = (id: string) => id.split('/')[0]!;
const docIdOf = (id: string) => id.split('/').slice(1).join('/');

async function load(): Promise<Site> {
  const languages = (await getCollection('languages')).map((e) => e.data).sort((a, b) => a.index - b.index);
  const sourceLang = languages.find((l) => l.isSource)!.code;
  const codes = languages.map((l) => l.code);
  const termRules = new Map<string, TermRules>();
  const chapterLists = new Map<string, ReaderChapter[]>();
  const modelLists = new Map<string, ReaderModel[]>();
  const ui = new Map((await getCollection('ui')).map((e) => [e.id, e.data.strings]));
  const translators = new Map(codes.map((code) => [code, createTranslator(ui.get(code) ?? {}, ui.get(sourceLang) ?? {})]));

  const chapterEntries = await getCollection('chapters');
  const chapters = byLanguage(chapterEntries.map((entry) => ({ lang: langOf(entry.id), id: docIdOf(entry.id), doc: entry })));
  const modelEntries = await getCollection('models');
  const models = byLanguage(modelEntries.map((entry) => ({ lang: langOf(entry.id), id: docIdOf(entry.id), doc: entry })));
  const dataOf = <E extends { data: unknown }>(m: Map<string, Map<string, E>>) =>
    new Map([...m].map(([lang, docs]) => [lang, new Map([...docs].map(([id, e]) => [id, e.data as E['data']]))]));
  const chapterData = dataOf(chapters);
  const modelData = dataOf(models);

  const terms = (await getCollection('glossary')).map((e) => e.data);
  const helplines = (await getCollection('helplines')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const helplineTexts = new Map((await getCollection('helplineTexts')).map((e) => [e.id, e.data]));

  return {
    languages,
    sourceLang,
    language: (code) => languages.find((l) => l.code === code)!,
    t: (lang) => translators.get(lang)!,
    // Worked out once per language: every page asks (the chapter list is on every page).
    chapters: (lang) =>
      cached(chapterLists, lang, () =>
        documentsFor(lang, sourceLang, chapterData).map((doc) => ({
          ...doc,
          entry: chapters.get(doc.contentLang)!.get(doc.id)!,
        })),
      ),
    models: (lang) =>
      cached(modelLists, lang, () =>
        documentsFor(lang, sourceLang, modelData).map((doc) => ({
          ...doc,
          entry: models.get(doc.contentLang)!.get(doc.id)!,
        })),
      ),
    glossary: (lang) => {
      const source = terms.filter((t) => t.lang === sourceLang).sort((a, b) => a.order - b.order);
      return source.map((term) => {
        const translated = terms.find((t) => t.lang === lang && t.id === term.id);
        return { ...(translated ?? term), contentLang: translated ? lang : sourceLang, status: glossaryEntryStatus(lang, sourceLang, term, translated) };
      });
    },
    glossaryCoverage: (lang) =>
      entryCoverage(lang, sourceLang, terms.filter((t) => t.lang === sourceLang), lang === sourceLang ? undefined : terms.filter((t) => t.lang === lang)),
    // Read once per language: every review page of the language uses the same rules.
    termRules: (lang) => cached(termRules, lang, () => termRulesOf(lang, languages.find((l) => l.code === lang)?.inflectionLetters, lang === sourceLang)),
    helplines,
    localHelplines: (lang) => helplines.map((h) => localHelpline(h, helplineTexts.get(`${lang}/${h.id}`), lang, sourceLang)),
    chapterStatus: statusTable(codes, sourceLang, chapterData),
    modelStatus: statusTable(codes, sourceLang, modelData),
  };
}

/** Term bases are read from content/ directly: only the review view uses them, so they are not a collection. */
function termRulesOf(lang: string, inflectionLetters: number | undefined, isSource: boolean): TermRules {
  const dir = contentDir();
  const parsed = isSource ? readSourceTermBase(dir, lang) : readTermBase(dir, lang);
  const entries = parsed?.value ?? [];
  return { lang, inflectionLetters, terms: entries.map((e) => ({ concept: e.concept, term: e.term, forms: 'forms' in e ? e.forms : undefined })) };
}

let loaded: Promise<Site> | undefined;
/** The site's content, loaded once per build. */
export function getSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}

/** getStaticPaths for pages that exist once per language: /{lang}/… */
export async function everyLanguage() {
  return (await getSite()).languages.map(({ code }) => ({ params: { lang: code } }));
}
