/**
 * Per-language coverage beyond documents, for npm run i18n:status: the glossary and
 * the helpline texts (translated / outdated / missing), the interface strings, the term base, and the
 * problems the translation checks found in that language's files.
 */
import { glossaryCoverage, type GlossaryCoverage, type VersionedEntry } from './glossary-status.ts';
import type { Problem } from './problems.ts';
import type { GlossaryTerm, SourceTerm, TermEntry, UiStrings } from './schemas.ts';
import { termBaseCoverage, type Coverage } from './term-base.ts';

export interface LanguageReport {
  lang: string;
  glossary: GlossaryCoverage;
  helplines: GlossaryCoverage;
  /** Interface strings present / English strings. */
  ui: { translated: number; total: number };
  /** Undefined when the language has no term base yet. */
  termBase: Coverage | undefined;
  termBaseProblems: Problem[];
  structureProblems: Problem[];
}

/** The language a content file belongs to: chapters/<lang>/…, glossary/<lang>.yaml, ui/<lang>.json, terms/…, style/…. */
export function languageOfFile(file: string, codes: readonly string[]): string | undefined {
  const match = /(?:^|\/)(?:chapters|models)\/([^/]+)\/[^/]+$|(?:^|\/)(?:glossary|helplines|ui|terms|style)\/([^/.]+)\.[a-z]+$/.exec(file);
  const lang = match?.[1] ?? match?.[2];
  return lang && codes.includes(lang) ? lang : undefined;
}

export interface ReportInput {
  codes: readonly string[];
  sourceLang: string;
  glossaries: ReadonlyMap<string, readonly GlossaryTerm[]>;
  /** content/helplines.yaml, and each language's translated texts by language. */
  helplines: readonly VersionedEntry[];
  helplineTexts: ReadonlyMap<string, readonly VersionedEntry[]>;
  ui: ReadonlyMap<string, UiStrings>;
  sourceTerms: readonly SourceTerm[] | undefined;
  termBases: ReadonlyMap<string, readonly TermEntry[]>;
  problems: readonly Problem[];
}

export function languageReports(input: ReportInput): LanguageReport[] {
  const sourceGlossary = input.glossaries.get(input.sourceLang) ?? [];
  const sourceUi = Object.keys(input.ui.get(input.sourceLang) ?? {});
  return input.codes
    .filter((code) => code !== input.sourceLang)
    .map((lang) => {
      const strings = input.ui.get(lang) ?? {};
      const terms = input.termBases.get(lang);
      const mine = input.problems.filter((p) => languageOfFile(p.file, input.codes) === lang);
      return {
        lang,
        glossary: glossaryCoverage(lang, input.sourceLang, sourceGlossary, input.glossaries.get(lang)),
        helplines: glossaryCoverage(lang, input.sourceLang, input.helplines, input.helplineTexts.get(lang)),
        ui: { translated: sourceUi.filter((key) => Object.hasOwn(strings, key)).length, total: sourceUi.length },
        termBase: terms && input.sourceTerms ? termBaseCoverage(input.sourceTerms, terms) : undefined,
        termBaseProblems: mine.filter((p) => p.check === 'term-base'),
        structureProblems: mine.filter((p) => p.check === 'structure'),
      };
    });
}
