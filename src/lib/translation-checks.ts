/**
 * The checks of translations that the content check runs: structure parity with the
 * source, length against the source and blocks left in English, glossary entry versions, the term bases and style sheets, forbidden
 * variants (also in the helpline texts), <Term> texts and interface strings
 * against the term base.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import {
  displayPath,
  glossaryPath,
  helplineTextsPath,
  readGlossary,
  readSourceTermBase,
  readTermBase,
  readUiStrings,
  styleSheetPath,
  termBasePath,
  uiStringsPath,
} from './content-files.ts';
import { entryVersion } from './glossary-status.ts';
import type { Problem } from './problems.ts';
import type { LanguageList, SourceTerm, TermEntry } from './schemas.ts';
import { structureProblems } from './structure-parity.ts';
import { englishBlocks, lengthLimits, lengthRatio } from './translation-text.ts';
import {
  entryLines,
  forbiddenProblems,
  forbiddenVariants,
  sourceTermBaseProblems,
  styleSheetProblems,
  termBaseProblems,
  termElementProblems,
  uiTermProblems,
  type TermRule,
} from './term-base.ts';

/** What these checks need of a chapter or model that the content check has read. */
export interface TranslatableDocument {
  kind: string;
  lang: string;
  id: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  tree: Root;
  data?: { version?: number | undefined; translation?: { sourceVersion: number } | undefined };
}

/**
 * An outdated translation follows the older English text it was made from, which
 * the project does not keep: it is shown and counted as outdated instead, and its
 * structure is compared again once it is brought up to the current version.
 */
function isOutdated(doc: TranslatableDocument, source: TranslatableDocument): boolean {
  const made = doc.data?.translation?.sourceVersion;
  const current = source.data?.version;
  return made !== undefined && current !== undefined && made < current;
}

export function translationProblems(dir: string, languages: LanguageList, documents: readonly TranslatableDocument[], glossaryIds: ReadonlySet<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const sourceLang = languages.source;
  const sourceOf = (doc: TranslatableDocument) => documents.find((d) => d.kind === doc.kind && d.lang === sourceLang && d.id === doc.id);
  for (const doc of documents) {
    if (doc.lang === sourceLang) continue;
    for (const block of englishBlocks(doc.tree)) {
      problems.push({
        file: doc.file,
        line: block.line,
        message: `this block is still in English ("${block.text.length > 60 ? `${block.text.slice(0, 57)}…` : block.text}")`,
        hint: 'translate the block; an English title quoted inside a translated sentence is fine',
        check: 'structure',
      });
    }
    const source = sourceOf(doc);
    if (!source || isOutdated(doc, source)) continue;
    for (const p of structureProblems(source.tree, doc.tree, source.file)) problems.push({ file: doc.file, ...p, check: 'structure' });
    const ratio = lengthRatio(source.tree, doc.tree);
    if (ratio !== undefined && (ratio < lengthLimits.min || ratio > lengthLimits.max)) {
      problems.push({
        file: doc.file,
        line: 1,
        message: `the translation has ${Math.round(ratio * 100)} % of the words of ${source.file}; a whole translation has ${lengthLimits.min * 100}–${lengthLimits.max * 100} %`,
        hint: ratio < lengthLimits.min ? 'look for text left out: sentences, list items or table cells the source has' : 'look for text added or repeated that the source does not have',
        check: 'structure',
      });
    }
  }
  problems.push(...glossaryVersionProblems(dir, languages));

  const sourceTerms = readSourceTermBase(dir, sourceLang);
  if (!sourceTerms) return problems;
  problems.push(...sourceTerms.problems);
  if (!sourceTerms.value) return problems;
  const sourceUi = readUiStrings(dir, sourceLang).value;
  const sourceFile = displayPath(termBasePath(dir, sourceLang));
  problems.push(...sourceTermBaseProblems(sourceTerms.value, sourceFile, readFileSync(termBasePath(dir, sourceLang), 'utf8'), glossaryIds, sourceUi ? new Set(Object.keys(sourceUi)) : undefined));

  for (const language of languages.languages) {
    if (language.code === sourceLang) continue;
    const stylePath = styleSheetPath(dir, language.code);
    if (existsSync(stylePath)) problems.push(...styleSheetProblems(readFileSync(stylePath, 'utf8'), displayPath(stylePath)).map((p) => ({ ...p, check: 'term-base' })));
    const terms = readTermBase(dir, language.code);
    if (!terms) continue;
    problems.push(...terms.problems.map((p) => ({ ...p, check: 'term-base' })));
    if (!terms.value) continue;
    problems.push(...languageTermProblems(dir, language.code, language.inflectionLetters, sourceTerms.value, terms.value, documents).map((p) => ({ ...p, check: 'term-base' })));
  }
  return problems;
}

function languageTermProblems(
  dir: string,
  lang: string,
  inflectionLetters: number | undefined,
  sourceTerms: readonly SourceTerm[],
  terms: readonly TermEntry[],
  documents: readonly TranslatableDocument[],
): Problem[] {
  const problems: Problem[] = [];
  const path = termBasePath(dir, lang);
  problems.push(...termBaseProblems(sourceTerms, terms, displayPath(path), readFileSync(path, 'utf8')));
  const rule: TermRule = { lang, inflectionLetters };
  const byConcept = new Map(terms.map((t) => [t.concept, t]));
  const byGlossaryId = new Map(
    sourceTerms.flatMap((s) => {
      const entry = byConcept.get(s.concept);
      return s.glossary && entry ? [[s.glossary, entry] as const] : [];
    }),
  );
  const variants = forbiddenVariants(terms);
  const scan = (filePath: string) => {
    if (variants.length && existsSync(filePath)) problems.push(...forbiddenProblems(readFileSync(filePath, 'utf8'), displayPath(filePath), variants));
  };
  for (const doc of documents) {
    if (doc.lang !== lang) continue;
    scan(resolve(doc.file));
    problems.push(...termElementProblems(doc.tree, doc.file, byGlossaryId, rule));
  }
  scan(glossaryPath(dir, lang));
  scan(helplineTextsPath(dir, lang));
  const uiPath = uiStringsPath(dir, lang);
  scan(uiPath);
  const strings = readUiStrings(dir, lang).value;
  if (strings) problems.push(...uiTermProblems(sourceTerms, byConcept, strings, displayPath(uiPath), readFileSync(uiPath, 'utf8'), rule));
  return problems;
}

/** Translated glossary entries carry the version they were made from, never a newer one. */
function glossaryVersionProblems(dir: string, languages: LanguageList): Problem[] {
  const problems: Problem[] = [];
  const source = readGlossary(dir, languages.source)?.value;
  if (!source) return problems;
  const versions = new Map(source.map((entry) => [entry.id, entryVersion(entry)]));
  for (const { code } of languages.languages) {
    if (code === languages.source) continue;
    const glossary = readGlossary(dir, code)?.value;
    if (!glossary) continue;
    const path = glossaryPath(dir, code);
    const file = displayPath(path);
    const lines = entryLines(readFileSync(path, 'utf8'), 'id');
    for (const entry of glossary) {
      const line = lines.get(entry.id);
      const current = versions.get(entry.id);
      if (entry.version !== undefined) problems.push({ file, line, message: `translated glossary entry "${entry.id}" has "version"`, hint: 'translations record sourceVersion, the version of the English entry they were made from' });
      if (entry.sourceVersion === undefined) {
        problems.push({ file, line, message: `glossary entry "${entry.id}" has no "sourceVersion"`, hint: `add sourceVersion: ${current ?? 1} if it was translated from the current English entry` });
      } else if (current !== undefined && entry.sourceVersion > current) {
        problems.push({ file, line, message: `glossary entry "${entry.id}" is translated from version ${entry.sourceVersion}, but the English entry is at version ${current}`, hint: 'use the version of the English entry' });
      }
    }
  }
  return problems;
}
