/**
 * Where content lives and how its data files are read. Everything that reads
 * content/ — Astro's content layer, the checker, the status command — comes here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseData, type Parsed } from './data-files.ts';
import {
  glossarySchema,
  helplinesSchema,
  helplineTextsSchema,
  sourceTermBaseSchema,
  termBaseSchema,
  languageListSchema,
  uiStringsSchema,
  type GlossaryTerm,
  type SourceTerm,
  type TermEntry,
  type Helpline,
  type HelplineText,
  type LanguageList,
  type UiStrings,
} from './schemas.ts';
import { ContentError } from './problems.ts';
import { readText } from './text-files.ts';

/** The content folder: `content/`, or STROM_CONTENT_DIR (tests build fixture sites with it). */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.STROM_CONTENT_DIR ?? 'content');
}

/** A path for messages: relative to the working directory, with forward slashes. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/') || path;
}

function readParsed<T>(path: string, parse: (file: string, text: string) => Parsed<T>): Parsed<T> {
  if (!existsSync(path)) {
    return { value: undefined, problems: [{ file: displayPath(path), message: 'file is missing' }] };
  }
  const read = readText(path);
  if (read.problem) return { value: undefined, problems: [{ file: displayPath(path), ...read.problem }] };
  return parse(displayPath(path), read.text);
}

export const languageListPath = (dir: string) => join(dir, 'languages.json');
export const uiStringsPath = (dir: string, lang: string) => join(dir, 'ui', `${lang}.json`);
export const glossaryPath = (dir: string, lang: string) => join(dir, 'glossary', `${lang}.yaml`);
export const helplinesPath = (dir: string) => join(dir, 'helplines.yaml');
export const helplineTextsPath = (dir: string, lang: string) => join(dir, 'helplines', `${lang}.yaml`);
export const termBasePath = (dir: string, lang: string) => join(dir, 'terms', `${lang}.yaml`);
export const styleSheetPath = (dir: string, lang: string) => join(dir, 'style', `${lang}.md`);

export const readLanguageList = (dir: string): Parsed<LanguageList> =>
  readParsed(languageListPath(dir), (file, text) => parseData(file, text, languageListSchema));

export const readUiStrings = (dir: string, lang: string): Parsed<UiStrings> =>
  readParsed(uiStringsPath(dir, lang), (file, text) => parseData(file, text, uiStringsSchema));

/** A language may have no glossary yet: it then shows the source language's glossary. */
export const readGlossary = (dir: string, lang: string): Parsed<GlossaryTerm[]> | undefined =>
  existsSync(glossaryPath(dir, lang))
    ? readParsed(glossaryPath(dir, lang), (file, text) => parseData(file, text, glossarySchema))
    : undefined;

/** The source language's term base (the concept list); absent in content folders without one. */
export const readSourceTermBase = (dir: string, lang: string): Parsed<SourceTerm[]> | undefined =>
  existsSync(termBasePath(dir, lang))
    ? readParsed(termBasePath(dir, lang), (file, text) => parseData(file, text, sourceTermBaseSchema))
    : undefined;

/** A translation's term base; a language may not have one yet. */
export const readTermBase = (dir: string, lang: string): Parsed<TermEntry[]> | undefined =>
  existsSync(termBasePath(dir, lang))
    ? readParsed(termBasePath(dir, lang), (file, text) => parseData(file, text, termBaseSchema))
    : undefined;

export const readHelplines = (dir: string): Parsed<Helpline[]> =>
  readParsed(helplinesPath(dir), (file, text) => parseData(file, text, helplinesSchema));

/** A language may have no helpline texts yet: its pages then show the English texts. */
export const readHelplineTexts = (dir: string, lang: string): Parsed<HelplineText[]> | undefined =>
  existsSync(helplineTextsPath(dir, lang))
    ? readParsed(helplineTextsPath(dir, lang), (file, text) => parseData(file, text, helplineTextsSchema))
    : undefined;

/** The value, or a ContentError naming every problem (for code paths that cannot go on without it). */
export function valueOrThrow<T>(parsed: Parsed<T>): T {
  if (parsed.value === undefined || parsed.problems.length > 0) throw new ContentError(parsed.problems);
  return parsed.value;
}

/** The file of a chapter or model `id` in language `lang`: chapters first, then models; undefined if neither exists. */
export function documentFile(dir: string, lang: string, id: string): { kind: 'chapters' | 'models'; path: string } | undefined {
  for (const kind of ['chapters', 'models'] as const) {
    const path = join(dir, kind, lang, `${id}.mdx`);
    if (existsSync(path)) return { kind, path };
  }
  return undefined;
}

/** MDX files of a collection ("chapters", "models"), by language folder. */
export function listDocumentFiles(dir: string, collection: string): { lang: string; path: string }[] {
  const base = join(dir, collection);
  if (!existsSync(base)) return [];
  const files: { lang: string; path: string }[] = [];
  for (const lang of readdirSync(base).sort()) {
    const folder = join(base, lang);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (/\.mdx?$/.test(name)) files.push({ lang, path: join(folder, name) });
    }
  }
  return files;
}
