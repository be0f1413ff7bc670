/**
 * Versions of glossary entries. An English entry has `version` (absent = 1), raised
 * when its meaning changes; a translated entry records the `sourceVersion` it was
 * made from. An entry translated from an older version is outdated, like a chapter.
 */
import type { GlossaryTerm } from './schemas.ts';
import type { TranslationStatus } from './translation-status.ts';

export const entryVersion = (entry: Pick<GlossaryTerm, 'version'>): number => entry.version ?? 1;

export function glossaryEntryStatus(lang: string, sourceLang: string, source: GlossaryTerm, translated: GlossaryTerm | undefined): TranslationStatus {
  if (lang === sourceLang) return 'source';
  if (!translated) return 'missing';
  return (translated.sourceVersion ?? 0) < entryVersion(source) ? 'outdated' : 'translated';
}

export interface GlossaryCoverage {
  translated: number;
  outdated: number;
  missing: number;
  total: number;
  /** IDs of outdated entries. */
  outdatedIds: string[];
}

export function glossaryCoverage(lang: string, sourceLang: string, source: readonly GlossaryTerm[], translated: readonly GlossaryTerm[] | undefined): GlossaryCoverage {
  const byId = new Map((translated ?? []).map((t) => [t.id, t]));
  const coverage: GlossaryCoverage = { translated: 0, outdated: 0, missing: 0, total: source.length, outdatedIds: [] };
  for (const entry of source) {
    const status = glossaryEntryStatus(lang, sourceLang, entry, byId.get(entry.id));
    if (status === 'outdated') {
      coverage.outdated += 1;
      coverage.outdatedIds.push(entry.id);
    } else if (status === 'missing') coverage.missing += 1;
    else coverage.translated += 1;
  }
  return coverage;
}
