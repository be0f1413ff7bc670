/**
 * Per-language coverage beyond documents, for npm run i18n:status: the glossary and
 * the helpline texts (translated / outdated / missing), the interface strings, the term base, and the
 * problems the translation checks found in that language's files.
 */
import { entryCoverage, type EntryCoverage, type VersionedEntry } from './glossary-status.ts';
import type { Problem } from './problems.ts';
import type { GlossaryTerm, SourceTerm, TermEntry, UiStrings } from './schemas.ts';
import { termBaseCoverage, type Coverage } from './term-base.ts';
import { readGlossary, readHelplines, readHelplineTexts, readLanguageList, readSourceTermBase, readTermBase, readUiStrings, valueOrThrow } from './content-files.ts';
import { checkContent } from './content-check.ts';
import { readDocumentData } from './documents.ts';
import { editionGaps, type EditionGaps } from './edition-gaps.ts';
import { statusTable, type StatusRow } from './translation-status.ts';

export interface LanguageReport {
  lang: string;
  glossary: EntryCoverage;
  helplines: EntryCoverage;
  /** Interface strings present / English strings, and the keys missing. */
  ui: { translated: number; total: number; missingKeys: string[] };
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
        glossary: entryCoverage(lang, input.sourceLang, sourceGlossary, input.glossaries.get(lang)),
        helplines: entryCoverage(lang, input.sourceLang, input.helplines, input.helplineTexts.get(lang)),
        ui: { translated: sourceUi.filter((key) => Object.hasOwn(strings, key)).length, total: sourceUi.length, missingKeys: sourceUi.filter((key) => !Object.hasOwn(strings, key)) },
        termBase: terms && input.sourceTerms ? termBaseCoverage(input.sourceTerms, terms) : undefined,
        termBaseProblems: mine.filter((p) => p.check === 'term-base'),
        structureProblems: mine.filter((p) => p.check === 'structure'),
      };
    });
}

export interface TranslationState {
  codes: string[];
  /** The chapter and model status tables, titled. */
  tables: [string, StatusRow[]][];
  reports: LanguageReport[];
  /** What each translated language lacks; `complete` where content/languages.json says so. */
  gaps: (EditionGaps & { complete: boolean })[];
}

/** Everything npm run i18n:status shows, read from a content folder. */
export function readTranslationState(dir: string): TranslationState {
  const languages = valueOrThrow(readLanguageList(dir));
  const codes = languages.languages.map((l) => l.code);
  const chapters = statusTable(codes, languages.source, readDocumentData(dir, 'chapters'));
  const models = statusTable(codes, languages.source, readDocumentData(dir, 'models'));
  const defined = <T>(entries: [string, T | undefined][]) => new Map(entries.filter((e): e is [string, T] => e[1] !== undefined));
  const reports = languageReports({
    codes,
    sourceLang: languages.source,
    glossaries: defined(codes.map((code) => [code, readGlossary(dir, code)?.value])),
    helplines: readHelplines(dir).value ?? [],
    helplineTexts: defined(codes.map((code) => [code, readHelplineTexts(dir, code)?.value])),
    ui: defined(codes.map((code) => [code, readUiStrings(dir, code).value])),
    sourceTerms: readSourceTermBase(dir, languages.source)?.value,
    termBases: defined(codes.map((code) => [code, readTermBase(dir, code)?.value])),
    problems: checkContent(dir).problems,
  });
  const gaps = reports.map((report) => ({
    ...editionGaps(report.lang, [{ kind: 'chapter' as const, rows: chapters }, { kind: 'model' as const, rows: models }], report),
    complete: languages.languages.find((l) => l.code === report.lang)?.complete === true,
  }));
  return { codes, tables: [['Chapters', chapters], ['Implementation models', models]], reports, gaps };
}
