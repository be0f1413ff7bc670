/**
 * npm run new -- chapter <id> | model <id> | translation <lang> <id> | language <code>
 * Writes the files for a new document or language and says what to do next. It
 * never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentDir, documentFile, readLanguageList, uiStringsPath, languageListPath, valueOrThrow } from '../src/lib/content-files.ts';
import { newChapter, newLanguage, newModel, newTranslation, ScaffoldError, type Scaffold } from '../src/lib/scaffold.ts';

const usage = 'usage: npm run new -- chapter <id> | model <id> | translation <lang> <id> | language <code>';
const content = contentDir();
const languages = valueOrThrow(readLanguageList(content));
const source = languages.source;

function nextOrder(kind: 'chapters' | 'models'): number {
  const folder = join(content, kind, source);
  const orders = existsSync(folder)
    ? readdirSync(folder).flatMap((name) => {
        const match = /^order:\s*([\d.]+)\s*$/m.exec(readFileSync(join(folder, name), 'utf8'));
        return match ? [Number(match[1])] : [];
      })
    : [];
  return Math.floor(Math.max(0, ...orders)) + 1;
}

function sourceDocument(id: string | undefined) {
  const found = id ? documentFile(content, source, id) : undefined;
  return found && { kind: found.kind, text: readFileSync(found.path, 'utf8') };
}

const [what, first, second] = process.argv.slice(2);
let scaffold: Scaffold;
try {
  if (what === 'chapter') scaffold = newChapter(first, nextOrder('chapters'), source);
  else if (what === 'model') scaffold = newModel(first, nextOrder('models'), source);
  else if (what === 'translation') scaffold = newTranslation(first, second, languages, sourceDocument(second));
  else if (what === 'language') scaffold = newLanguage(first, languages, readFileSync(languageListPath(content), 'utf8'), readFileSync(uiStringsPath(content, source), 'utf8'));
  else throw new ScaffoldError(usage);
  const taken = scaffold.files.map((f) => join(content, f.path)).filter((path) => existsSync(path));
  if (taken.length) throw new ScaffoldError(`${taken.map((p) => relative(process.cwd(), p)).join(', ')} already exists; nothing was written`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(error.message);
  process.exit(1);
}
for (const file of [...scaffold.files, ...scaffold.updates]) {
  const path = join(content, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  console.log(`${scaffold.updates.includes(file) ? 'changed' : 'wrote'} ${relative(process.cwd(), path)}`);
}
console.log(`\nNext:\n${scaffold.next.map((step) => `- ${step}`).join('\n')}`);
