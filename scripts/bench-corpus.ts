/**
 * node scripts/bench-corpus.ts --chapters N [--words 1500] [--out DIR]
 *
 * Writes a synthetic content folder for benchmarks: a copy of content/ whose
 * chapters are replaced by N generated chapters in every language (see
 * src/lib/synthetic-corpus.ts). The real chapter IDs come first, so the models'
 * links to chapters still resolve. Build it with
 * STROM_CONTENT_DIR=DIR npm run build. Prints the folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir, listDocumentFiles, readGlossary, readLanguageList, readTermBase, valueOrThrow } from '../src/lib/content-files.ts';
import { forbiddenProblems, forbiddenVariants } from '../src/lib/term-base.ts';
import { syntheticChapters, wordsOf } from '../src/lib/synthetic-corpus.ts';
import { collectHeadings } from '../src/lib/headings.ts';
import { parseMdx } from '../src/lib/mdx-document.ts';
import { benchQueries, offlineBenchQueries } from '../src/lib/bench-queries.ts';

export interface CorpusRequest {
  chapters: number;
  words?: number;
  /** Folder to create (replaced if it exists); a new temporary folder by default. */
  out?: string;
}

/** The running text of a real document: no frontmatter, tags, comments or URLs. */
const proseOf = (mdx: string) =>
  mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');

/** The real chapters in their order (the source language's), with their heading IDs, which the models link to. */
export function realChapters(content: string, source: string): { id: string; headingIds: string[] }[] {
  return listDocumentFiles(content, 'chapters')
    .filter((f) => f.lang === source)
    .map((f) => {
      const text = readFileSync(f.path, 'utf8');
      const headingIds = collectHeadings(parseMdx(f.path, text).tree!).flatMap((h) => (h.id ? [h.id] : []));
      return { id: /^chapter:\s*(\S+)/m.exec(text)![1]!, order: Number(/^order:\s*(\S+)/m.exec(text)?.[1] ?? 0), headingIds };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ id, headingIds }) => ({ id, headingIds }));
}

export function writeCorpus(request: CorpusRequest): { dir: string; chapters: number; languages: number; files: number } {
  const content = contentDir(resolve(fileURLToPath(new URL('..', import.meta.url))));
  const list = valueOrThrow(readLanguageList(content));
  const languages = [list.source, ...list.languages.map((l) => l.code).filter((c) => c !== list.source)];
  const realWithHeadings = realChapters(content, list.source);
  const real = realWithHeadings.map((c) => c.id);
  if (request.chapters < real.length) throw new Error(`--chapters must be at least ${real.length}: the models link to every real chapter`);
  const chapterIds = [...real, ...Array.from({ length: request.chapters - real.length }, (_, k) => `bench-chapter-${String(k + 1).padStart(3, '0')}`)];

  // Each language's words: its real chapters, models and glossary.
  const vocabulary: Record<string, string[]> = {};
  for (const lang of languages) {
    const texts = ['chapters', 'models'].flatMap((kind) => listDocumentFiles(content, kind).filter((f) => f.lang === lang).map((f) => proseOf(readFileSync(f.path, 'utf8'))));
    const glossary = readGlossary(content, lang)?.value ?? [];
    texts.push(...glossary.map((t) => `${t.term} ${t.definition}`));
    vocabulary[lang] = texts.flatMap(wordsOf).map((w) => w.toLocaleLowerCase(lang));
  }
  const requiredWords = Object.fromEntries(
    languages.map((lang) => [lang, [...(benchQueries[lang] ?? []), ...offlineBenchQueries.filter(([l]) => l === lang).map(([, q]) => q)]]),
  );
  const termIds = (valueOrThrow(readGlossary(content, list.source)!) ?? []).map((t) => t.id);
  const extraHeadingIds = Object.fromEntries(realWithHeadings.map((c) => [c.id, c.headingIds]));
  const termTexts = Object.fromEntries(languages.map((lang) => [lang, Object.fromEntries((readGlossary(content, lang)?.value ?? []).map((t) => [t.id, t.term]))]));

  const dir = request.out ? resolve(request.out) : mkdtempSync(join(tmpdir(), 'strom-bench-corpus-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(content)) if (name !== 'chapters') cpSync(join(content, name), join(dir, name), { recursive: true });
  // Random words must not form a term base's forbidden variant: the build would reject the chapter.
  const variants = Object.fromEntries(languages.map((lang) => [lang, forbiddenVariants(readTermBase(content, lang)?.value ?? [])]));
  const redraw = (lang: string, text: string) => forbiddenProblems(text, '', variants[lang] ?? []).length > 0;
  const files = syntheticChapters({ chapterIds, languages, vocabulary, requiredWords, termIds, termTexts, extraHeadingIds, words: request.words ?? 1500, redraw });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, chapters: chapterIds.length, languages: languages.length, files: files.size };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { chapters: { type: 'string', default: '13' }, words: { type: 'string', default: '1500' }, out: { type: 'string' } } });
  const made = writeCorpus({ chapters: Number(values.chapters), words: Number(values.words), ...(values.out ? { out: values.out } : {}) });
  console.log(`${made.files} chapter files (${made.chapters} chapters × ${made.languages} languages) in ${made.dir}`);
}
