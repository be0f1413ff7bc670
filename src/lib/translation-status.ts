/**
 * Which text a reader gets for a document (chapter or model) in a language, and
 * how that translation stands against the English source.
 */
import type { ReviewState } from './schemas.ts';

export type TranslationStatus = 'source' | 'translated' | 'outdated' | 'missing';

/** The fields of a document that translation status depends on. */
export interface VersionedDocument {
  version?: number | undefined;
  translation?: { sourceVersion: number; review: ReviewState } | undefined;
}

export interface StatusOf {
  status: TranslationStatus;
  /** Review state of the translation; absent for the source and for missing translations. */
  review?: ReviewState;
}

export function translationStatus(
  lang: string,
  sourceLang: string,
  source: VersionedDocument,
  translation: VersionedDocument | undefined,
): StatusOf {
  if (lang === sourceLang) return { status: 'source' };
  if (!translation?.translation) return { status: 'missing' };
  const { sourceVersion, review } = translation.translation;
  const outdated = sourceVersion < (source.version ?? 1);
  return { status: outdated ? 'outdated' : 'translated', review };
}

export interface Resolved<T> {
  /** The document to show: the translation, or the source when there is none. */
  doc: T;
  /** The language the text is written in (the source language on a fallback). */
  contentLang: string;
  isFallback: boolean;
  status: StatusOf;
}

/** Chooses what to show for document `id` in `lang`, falling back to the source text. */
export function resolveDocument<T extends VersionedDocument>(
  lang: string,
  sourceLang: string,
  source: T,
  translation: T | undefined,
): Resolved<T> {
  const status = translationStatus(lang, sourceLang, source, translation);
  if (status.status === 'missing' || !translation) {
    return { doc: source, contentLang: sourceLang, isFallback: lang !== sourceLang, status };
  }
  return { doc: translation, contentLang: lang, isFallback: false, status };
}

export interface StatusRow {
  id: string;
  title: string;
  /** Status per language code, in the order of the language list. */
  cells: { lang: string; status: StatusOf }[];
}

/**
 * The translation-status table: one row per source document, one cell per language.
 * `documents` maps language → document ID → document.
 */
export function statusTable<T extends VersionedDocument & { title: string; order: number }>(
  languageCodes: readonly string[],
  sourceLang: string,
  documents: ReadonlyMap<string, ReadonlyMap<string, T>>,
): StatusRow[] {
  const sources = [...(documents.get(sourceLang)?.entries() ?? [])].sort(([, a], [, b]) => a.order - b.order);
  return sources.map(([id, source]) => ({
    id,
    title: source.title,
    cells: languageCodes.map((lang) => ({
      lang,
      status: translationStatus(lang, sourceLang, source, documents.get(lang)?.get(id)),
    })),
  }));
}

/** Counts per status for one language column: how far along a language is. */
export function statusSummary(rows: readonly StatusRow[], lang: string): Record<TranslationStatus, number> {
  const summary: Record<TranslationStatus, number> = { source: 0, translated: 0, outdated: 0, missing: 0 };
  for (const row of rows) {
    const cell = row.cells.find((c) => c.lang === lang);
    if (cell) summary[cell.status.status] += 1;
  }
  return summary;
}

/** A document as the reader of one language gets it. */
export interface ReaderDocument<T> extends Resolved<T> {
  id: string;
  /** The reader's language (the page's URL language). */
  lang: string;
}

/**
 * Every source document for the reader of `lang`, in reading order: the translation
 * where there is one, the source text elsewhere. `documents` maps language → ID → doc.
 */
export function documentsFor<T extends VersionedDocument & { order: number }>(
  lang: string,
  sourceLang: string,
  documents: ReadonlyMap<string, ReadonlyMap<string, T>>,
): ReaderDocument<T>[] {
  const sources = [...(documents.get(sourceLang)?.entries() ?? [])].sort(([, a], [, b]) => a.order - b.order);
  return sources.map(([id, source]) => ({ id, lang, ...resolveDocument(lang, sourceLang, source, documents.get(lang)?.get(id)) }));
}

/** Groups documents into language → ID → document. */
export function byLanguage<T>(entries: readonly { lang: string; id: string; doc: T }[]): Map<string, Map<string, T>> {
  const grouped = new Map<string, Map<string, T>>();
  for (const { lang, id, doc } of entries) {
    if (!grouped.has(lang)) grouped.set(lang, new Map());
    grouped.get(lang)!.set(id, doc);
  }
  return grouped;
}
