/**
 * Versions of glossary entries (and of helpline texts, which work the same way). An
 * English entry has `version` (absent = 1), raised when its meaning changes; a
 * translated entry records the `sourceVersion` it was made from. An entry translated
 * from an older version is outdated, like a chapter.
 */
import type { TranslationStatus } from './translation-status.ts';

/** What a versioned entry has: glossary terms and helplines. */
export interface VersionedEntry {
  id: string;
  version?: number | undefined;
  sourceVersion?: number | undefined;
}

export const entryVersion = (entry: Pick<VersionedEntry, 'version'>): number => entry.version ?? 1;

export function glossaryEntryStatus(lang: string, sourceLang: string, source: VersionedEntry, translated: VersionedEntry | undefined): TranslationStatus {
  if (lang === sourceLang) return 'source';
  if (!translated) return 'missing';
  return (translated.sourceVersion ?? 0) < entryVersion(source) ? 'outdated' : 'translated';
}

export interface EntryCoverage {
  translated: number;
  outdated: number;
  missing: number;
  total: number;
  /** IDs of outdated entries. */
  outdatedIds: string[];
  /** IDs of entries with no translation. */
  missingIds: string[];
}

export function entryCoverage(lang: string, sourceLang: string, source: readonly VersionedEntry[], translated: readonly VersionedEntry[] | undefined): EntryCoverage {
  const byId = new Map((translated ?? []).map((t) => [t.id, t]));
  const coverage: EntryCoverage = { translated: 0, outdated: 0, missing: 0, total: source.length, outdatedIds: [], missingIds: [] };
  for (const entry of source) {
    const status = glossaryEntryStatus(lang, sourceLang, entry, byId.get(entry.id));
    if (status === 'outdated') {
      coverage.outdated += 1;
      coverage.outdatedIds.push(entry.id);
    } else if (status === 'missing') {
      coverage.missing += 1;
      coverage.missingIds.push(entry.id);
    }
    else coverage.translated += 1;
  }
  return coverage;
}
