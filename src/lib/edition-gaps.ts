/**
 * What a language's edition lacks: documents, glossary entries, helpline texts and
 * interface strings that are missing, and those translated from an older English
 * version. A language marked `complete` in content/languages.json must lack nothing;
 * outdated items are shown (the pages say so) but do not make an edition incomplete.
 */
import type { LanguageReport } from './translation-report.ts';
import type { StatusRow } from './translation-status.ts';

export interface EditionGaps {
  lang: string;
  /** "chapter children", "model latvia", "glossary entry referral", "helpline lv-116111", "interface string nav.home". */
  missing: string[];
  outdated: string[];
}

export function editionGaps(lang: string, documents: { kind: 'chapter' | 'model'; rows: readonly StatusRow[] }[], report: LanguageReport): EditionGaps {
  const gaps: EditionGaps = { lang, missing: [], outdated: [] };
  for (const { kind, rows } of documents) {
    for (const row of rows) {
      const status = row.cells.find((c) => c.lang === lang)?.status.status ?? 'missing';
      if (status === 'missing') gaps.missing.push(`${kind} ${row.id}`);
      if (status === 'outdated') gaps.outdated.push(`${kind} ${row.id}`);
    }
  }
  gaps.missing.push(...report.glossary.missingIds.map((id) => `glossary entry ${id}`));
  gaps.outdated.push(...report.glossary.outdatedIds.map((id) => `glossary entry ${id}`));
  gaps.missing.push(...report.helplines.missingIds.map((id) => `helpline ${id}`));
  gaps.outdated.push(...report.helplines.outdatedIds.map((id) => `helpline ${id}`));
  gaps.missing.push(...report.ui.missingKeys.map((key) => `interface string ${key}`));
  return gaps;
}
