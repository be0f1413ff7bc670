/**
 * npm run review:blocks -- <lang> <chapter-or-model-id>
 *
 * Prints a translation next to its English source, block by block, as the structure
 * check aligns them: for the second, independent pass over a translation, in a
 * terminal. Each pair shows the raw Markdown of both blocks with their line numbers,
 * so a reviewer can compare meaning, terms, numbers and <Cite>/<Term> ids and then
 * edit the translation at the line given. The site's review view shows the same
 * alignment in a browser (/<lang>/translations/<id>/).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignBlocks, documentBlocks, type Block } from '../src/lib/document-blocks.ts';
import { contentDir, documentFile, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { parseMdx } from '../src/lib/mdx-document.ts';
import { readText } from '../src/lib/text-files.ts';

const [lang, id] = process.argv.slice(2);
const dir = contentDir();
const languages = valueOrThrow(readLanguageList(dir));
const fail = (message: string) => {
  console.error(`review:blocks: ${message}\n  usage: npm run review:blocks -- <lang> <chapter-or-model-id>`);
  process.exit(1);
};
if (!lang || !id) fail('name a language and a chapter or model');
if (!languages.languages.some((l) => l.code === lang) || lang === languages.source) fail(`"${lang}" is not a translated language of content/languages.json`);
const found = documentFile(dir, languages.source, id!);
if (!found) fail(`there is no ${languages.source} chapter or model "${id}"`);
const { kind, path: sourcePath } = found!;
const translationPath = join(dir, kind, lang!, `${id}.mdx`);
if (!existsSync(translationPath)) fail(`there is no ${lang} translation of "${id}" (content/${kind}/${lang}/${id}.mdx)`);

const read = (path: string) => {
  const text = readText(path).text ?? fail(`${path} is not UTF-8 text`)!;
  const tree = parseMdx(path, text).tree ?? fail(`${path} does not parse: run npm run check:content`)!;
  return { text, blocks: documentBlocks(tree) };
};
const source = read(sourcePath);
const translation = read(translationPath);

/** The block's own Markdown; for a component's opening, only its first line. */
function raw(block: Block | undefined, text: string): string {
  if (!block) return '(nothing)';
  const position = block.node?.position;
  if (block.kind === 'close' || !position) return `line ${block.line ?? '?'}: ${block.label}`;
  const markdown = text.slice(position.start.offset, position.end.offset);
  return block.kind === 'open' ? markdown.split('\n')[0]! : markdown;
}

const rows = alignBlocks(source.blocks, translation.blocks).filter((row) => row.source?.kind !== 'close' || !row.same);
rows.forEach((row, index) => {
  const mark = row.same ? '' : '   <-- the blocks differ in shape';
  console.log(`\n[${index + 1}] ${row.source?.label ?? row.translation?.label}${mark}`);
  console.log(`  ${languages.source} ${row.source?.line ?? '-'} | ${raw(row.source, source.text).replace(/\n/g, `\n  ${languages.source}   | `)}`);
  console.log(`  ${lang} ${row.translation?.line ?? '-'} | ${raw(row.translation, translation.text).replace(/\n/g, `\n  ${lang}   | `)}`);
});
console.log(`\n${rows.length} blocks: content/${kind}/${languages.source}/${id}.mdx ↔ content/${kind}/${lang}/${id}.mdx`);
