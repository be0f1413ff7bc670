/**
 * Reads the frontmatter of every chapter and model from content/ without Astro,
 * for command-line tools (the status table). Invalid files are skipped: the
 * content check reports them.
 */
import { readFileSync } from 'node:fs';
import { parseData } from './data-files.ts';
import { parseMdx } from './mdx-document.ts';
import { chapterSchema, modelSchema, type ChapterData, type ModelData } from './schemas.ts';
import { listDocumentFiles } from './content-files.ts';
import { byLanguage } from './translation-status.ts';

export function readDocumentData(dir: string, collection: 'chapters'): Map<string, Map<string, ChapterData>>;
export function readDocumentData(dir: string, collection: 'models'): Map<string, Map<string, ModelData>>;
export function readDocumentData(dir: string, collection: 'chapters' | 'models'): Map<string, Map<string, ChapterData | ModelData>> {
  const schema = collection === 'chapters' ? chapterSchema : modelSchema;
  const entries = listDocumentFiles(dir, collection).flatMap(({ lang, path }) => {
    const parsed = parseMdx(path, readFileSync(path, 'utf8'));
    if (!parsed.frontmatter) return [];
    const data = parseData(path, parsed.frontmatter.text, schema).value;
    if (!data) return [];
    const id = 'chapter' in data ? data.chapter : data.model;
    return [{ lang, id, doc: data }];
  });
  return byLanguage(entries);
}
