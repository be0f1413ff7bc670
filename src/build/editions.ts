/**
 * The print and e-book editions as a build step: an EPUB per language (always;
 * it takes seconds), the PDFs (only with `npm run pdf`, as they take a browser
 * and a few minutes), and their sizes on the downloads pages. Each PDF is checked
 * before the build goes on; the EPUBs are checked with epubcheck in the tests.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPdf } from './pdf-check.ts';
import { buildEpub } from './epub.ts';
import { createTranslator } from '../lib/i18n.ts';
import { readUiStrings, valueOrThrow } from '../lib/content-files.ts';
import { editionToken, type EditionFormat } from '../lib/print-editions.ts';
import type { LanguageList } from '../lib/schemas.ts';

export interface BuiltEdition {
  format: EditionFormat;
  lang: string;
  /** Path in the site folder: "lv/downloads/strom-guidelines-0.1.0-lv.pdf". */
  file: string;
  bytes: number;
  pages?: number;
}

export interface EditionsInput {
  siteDir: string;
  /** The content folder, for the titles and the number of chapters. */
  content: string;
  languages: LanguageList;
  base: string;
  version: string;
  /** The build date, "2026-12-01". */
  date: string;
  /** Whether to print the PDFs. */
  pdf: boolean;
  log?: (message: string) => void;
}

export async function buildEditions(input: EditionsInput): Promise<BuiltEdition[]> {
  const editions: BuiltEdition[] = [...(await buildEpubEditions(input))];
  if (input.pdf) editions.push(...(await buildPdfEditions(input)));
  writeEditionFacts(input.siteDir, input.languages.languages.map((l) => l.code), editions);
  return editions;
}

const siteUrl = () => process.env.SITE_URL || 'http://localhost:4321';

function translators(input: EditionsInput) {
  const sourceStrings = valueOrThrow(readUiStrings(input.content, input.languages.source));
  return (lang: string) => createTranslator(valueOrThrow(readUiStrings(input.content, lang)), sourceStrings);
}

async function buildEpubEditions(input: EditionsInput): Promise<BuiltEdition[]> {
  const started = performance.now();
  const t = translators(input);
  const editions: BuiltEdition[] = [];
  for (const { code: lang } of input.languages.languages) {
    const strings = { title: t(lang)('site.title'), subtitle: t(lang)('site.subtitle'), publisher: t(lang)('site.publisher'), contents: t(lang)('print.contents') };
    const epub = await buildEpub({ siteDir: input.siteDir, base: input.base, siteUrl: siteUrl(), lang, version: input.version, date: input.date, strings });
    editions.push({ format: 'epub', lang, file: epub.file, bytes: epub.bytes });
  }
  const sizes = editions.map((e) => `${e.lang} ${(e.bytes / 1024).toFixed(0)} KB`).join(', ');
  input.log?.(`EPUB editions: ${sizes} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return editions;
}

async function buildPdfEditions(input: EditionsInput): Promise<BuiltEdition[]> {
  const log = (message: string) => input.log?.(`  ${message}`);
  const source = input.languages.source;
  const t = translators(input);
  const title = (lang: string) => t(lang)('site.title');
  const chapters = readdirSync(join(input.content, 'chapters', source)).filter((f) => f.endsWith('.mdx')).length;
  input.log?.('PDF editions:');
  // Loaded only here: it needs playwright-core and a browser, which a normal build does not.
  const { buildPdfs } = await import('./pdf.ts');
  const started = performance.now();
  const pdfs = await buildPdfs({
    siteDir: input.siteDir,
    base: input.base,
    siteUrl: siteUrl(),
    languages: input.languages.languages.map((l) => l.code),
    version: input.version,
    progress: log,
  });
  const problems: string[] = [];
  const editions = pdfs.map((pdf) => {
    // A cover, the contents, and each chapter from a new page; no chapter runs to 30 pages.
    const checked = checkPdf(join(input.siteDir, pdf.file), { lang: pdf.lang, title: title(pdf.lang), minPages: chapters + 2, maxPages: chapters * 30 });
    problems.push(...checked.problems.map((p) => `${pdf.file} ${p}`));
    log(`${pdf.file}: ${checked.pages} pages, ${checked.links} internal links, ${(pdf.bytes / 1024 / 1024).toFixed(1)} MB`);
    return { format: 'pdf' as const, lang: pdf.lang, file: pdf.file, bytes: pdf.bytes, pages: checked.pages };
  });
  log(`${pdfs.length} PDFs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (problems.length) throw new Error(problems.join('\n'));
  return editions;
}

/** Fills in the editions' sizes on the downloads pages, in each page's language. */
export function writeEditionFacts(siteDir: string, languageCodes: readonly string[], editions: readonly BuiltEdition[]): void {
  for (const code of languageCodes) {
    const page = join(siteDir, code, 'downloads', 'index.html');
    const megabytes = new Intl.NumberFormat(code, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    let html = readFileSync(page, 'utf8');
    for (const edition of editions) html = html.replaceAll(editionToken(edition.format, edition.lang), `${megabytes.format(edition.bytes / 1024 / 1024)} MB`);
    if (html.includes('{{edition-')) throw new Error(`${page} names an edition that was not built`);
    writeFileSync(page, html);
  }
}
