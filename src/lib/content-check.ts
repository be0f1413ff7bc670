/**
 * Checks everything in content/ and returns every problem at once, each with its
 * file, line and a hint. `npm run build` runs this before Astro and stops on any
 * problem, leaving the previous build untouched.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Root, Link, Image } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseData } from './data-files.ts';
import { parseMdxCached } from './mdx-parse-cache.ts';
import { collectHeadings, compareHeadingIds, headingIdProblems, type HeadingInfo } from './headings.ts';
import { isExternal, resolveLink } from './links.ts';
import { pagePath, parsePagePath, reservedSegments, type Page } from './routes.ts';
import { placeholders } from './i18n.ts';
import { chapterSchema, modelSchema, type ChapterData, type Helpline, type ModelData, type LanguageList } from './schemas.ts';
import { helplineTextProblems } from './helpline-texts.ts';
import {
  displayPath,
  listDocumentFiles,
  readGlossary,
  helplineTextsPath,
  readHelplines,
  readHelplineTexts,
  readLanguageList,
  readUiStrings,
} from './content-files.ts';
import type { Problem } from './problems.ts';
import { editorialProblems } from './editorial-rules.ts';
import { hasNoText, unsafeContent } from './safe-content.ts';
import { readText } from './text-files.ts';
import { consistencyProblems } from './consistency-rules.ts';
import { movedModelProblems } from './moved-models.ts';
import { translationProblems } from './translation-checks.ts';

/** Components authors may use in MDX, with the attributes each one requires. */
export const contentComponents: Record<string, { required: string[]; optional: string[] }> = {
  KeyPoints: { required: [], optional: ['title'] },
  Checklist: { required: [], optional: ['title'] },
  Procedure: { required: [], optional: ['title'] },
  CaseScenario: { required: ['title'], optional: [] },
  ForTrainers: { required: [], optional: ['title'] },
  RoleCard: { required: ['role'], optional: [] },
  LegalNote: { required: ['title'], optional: [] },
  Cite: { required: ['id'], optional: [] },
  Term: { required: ['id'], optional: [] },
};

type Kind = 'chapters' | 'models';

interface CheckedDocument {
  kind: Kind;
  lang: string;
  id: string;
  file: string;
  path: string;
  data: ChapterData | ModelData;
  tree: Root;
  headingIds: string[];
  headings: HeadingInfo[];
  /** Line of the ID field in the frontmatter, for problems about the document as a whole. */
  idLine: number | undefined;
}

export interface ContentReport {
  problems: Problem[];
  languages: number;
  documents: number;
}

export function checkContent(dir: string): ContentReport {
  const problems: Problem[] = [];
  const languageList = readLanguageList(dir);
  problems.push(...languageList.problems);
  if (!languageList.value) return { problems, languages: 0, documents: 0 };
  const languages = languageList.value;
  const codes = languages.languages.map((l) => l.code);

  problems.push(...checkUiStrings(dir, languages));

  const documents: CheckedDocument[] = [];
  // Documents whose own problems stop them from being read: other files that refer
  // to them are not also reported, so one mistake gives one message.
  const unreadable = new Set<string>();
  for (const kind of ['chapters', 'models'] as const) {
    for (const { lang, path } of listDocumentFiles(dir, kind)) {
      const file = displayPath(path);
      if (!codes.includes(lang)) {
        problems.push({
          file,
          message: `unknown language code "${lang}" (folder ${displayPath(resolve(dir, kind, lang))}/)`,
          hint: `use one of ${codes.join(', ')}, or add the language to content/languages.json`,
        });
        continue;
      }
      const doc = readDocument(kind, lang, path, problems);
      if (doc) documents.push(doc);
      else unreadable.add(`${kind}/${lang}/${basename(path, extname(path))}`);
    }
  }

  const glossaryIds = checkGlossaries(dir, languages, problems);
  const helplines = readHelplines(dir);
  problems.push(...helplines.problems);
  if (helplines.value) checkHelplineTexts(dir, languages, helplines.value, problems);

  checkDocumentSet(documents, languages, unreadable, problems);
  for (const doc of documents) checkReferences(doc, documents, languages.source, glossaryIds, unreadable, problems);
  // A translation is compared with its source once the source itself is clean: one mistake, one message.
  const withProblems = new Set(problems.map((p) => p.file));
  problems.push(...translationProblems(dir, languages, documents.filter((d) => !withProblems.has(d.file)), glossaryIds));
  // A second document with the same ID is reported once, as a duplicate, not once per copied paragraph.
  const firstOfId = new Set<string>();
  const sourceDocuments = documents
    .filter((d) => d.lang === languages.source && !firstOfId.has(`${d.kind}/${d.id}`) && firstOfId.add(`${d.kind}/${d.id}`))
    .map((d) => ({ file: d.file, tree: d.tree, sources: d.data.sources }));
  problems.push(...consistencyProblems(dir, sourceDocuments, languages.source, { allDocumentsRead: ![...unreadable].some((key) => key.split('/')[1] === languages.source) }));
  problems.push(...movedModelProblems(documents.filter((d) => d.kind === 'models' && d.lang === languages.source).map((d) => ({ id: d.id, file: d.file, line: d.idLine, headingIds: d.headingIds, replaces: (d.data as ModelData).replaces }))));
  return { problems, languages: codes.length, documents: documents.length };
}

function checkUiStrings(dir: string, languages: LanguageList): Problem[] {
  const problems: Problem[] = [];
  const source = readUiStrings(dir, languages.source);
  problems.push(...source.problems);
  if (!source.value) return problems;
  for (const { code } of languages.languages) {
    if (code === languages.source) continue;
    const strings = readUiStrings(dir, code);
    problems.push(
      ...strings.problems.map((p) =>
        p.message === 'file is missing'
          ? { ...p, message: `interface strings for "${code}" are missing`, hint: `copy content/ui/${languages.source}.json to this name and translate the values` }
          : p,
      ),
    );
    if (!strings.value) continue;
    const file = displayPath(resolve(dir, 'ui', `${code}.json`));
    for (const [key, text] of Object.entries(source.value)) {
      const translated = strings.value[key];
      if (translated === undefined) {
        problems.push({ file, message: `missing interface string "${key}"`, hint: `translate the "${key}" entry of content/ui/${languages.source}.json` });
      } else if (placeholders(translated).join() !== placeholders(text).join()) {
        problems.push({ file, message: `"${key}" must use the placeholders ${placeholders(text).map((p) => `{${p}}`).join(' ') || '(none)'}`, hint: 'keep the {name} placeholders exactly as in English' });
      }
    }
    for (const key of Object.keys(strings.value)) {
      if (!Object.hasOwn(source.value, key)) problems.push({ file, message: `unknown interface string "${key}"`, hint: `check the spelling against content/ui/${languages.source}.json` });
    }
  }
  return problems;
}

function readDocument(kind: Kind, lang: string, path: string, problems: Problem[]): CheckedDocument | undefined {
  const file = displayPath(path);
  const read = readText(path);
  if (read.problem) {
    problems.push({ file, ...read.problem });
    return undefined;
  }
  const parsed = parseMdxCached(file, read.text);
  problems.push(...parsed.problems);
  if (!parsed.tree) return undefined;
  for (const problem of unsafeContent(parsed.tree)) problems.push({ file, ...problem });
  if (!parsed.frontmatter) {
    problems.push({ file, line: 1, message: 'no frontmatter', hint: 'start the file with a "---" block holding title, description and the other fields (see README.md)' });
    return undefined;
  }
  const schema = kind === 'chapters' ? chapterSchema : modelSchema;
  const data = parseData(file, parsed.frontmatter.text, schema, parsed.frontmatter.lineOffset);
  problems.push(...data.problems);
  const headings = collectHeadings(parsed.tree);
  for (const { heading, message, hint } of headingIdProblems(headings)) {
    problems.push({ file, line: heading.line, column: heading.column, message, hint });
  }
  if (hasNoText(parsed.tree)) {
    problems.push({ file, line: parsed.frontmatter.lineOffset, message: 'the document has no text', hint: 'write the text below the frontmatter, or delete the file' });
  }
  if (!data.value) return undefined;
  const id = kind === 'chapters' ? (data.value as ChapterData).chapter : (data.value as ModelData).model;
  const name = basename(path, extname(path));
  if (name !== id) {
    problems.push({ file, line: parsed.frontmatter.lineOffset + 1, message: `the file name "${name}" does not match the ID "${id}"`, hint: `rename the file to ${id}${extname(path)} so each language has it under the same name` });
  }
  const page: Page = kind === 'chapters' ? { kind: 'chapter', id } : { kind: 'model', id };
  return {
    kind,
    lang,
    id,
    file,
    path: pagePath(lang, page),
    data: data.value,
    tree: parsed.tree,
    headingIds: headings.flatMap((h) => (h.id ? [h.id] : [])),
    headings,
    idLine: lineOfField(parsed.frontmatter.text, kind === 'chapters' ? 'chapter' : 'model', parsed.frontmatter.lineOffset),
  };
}

function lineOfField(frontmatter: string, field: string, lineOffset: number): number | undefined {
  const index = frontmatter.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? undefined : index + 1 + lineOffset;
}

function checkDocumentSet(documents: CheckedDocument[], languages: LanguageList, unreadable: ReadonlySet<string>, problems: Problem[]): void {
  const seen = new Map<string, CheckedDocument>();
  for (const doc of documents) {
    const key = `${doc.kind}/${doc.lang}/${doc.id}`;
    const first = seen.get(key);
    const noun = doc.kind === 'chapters' ? 'chapter' : 'model';
    if (first) {
      problems.push({ file: doc.file, line: doc.idLine, message: `${noun} ID "${doc.id}" appears twice in "${doc.lang}" (also in ${first.file})`, hint: 'give each document its own ID, or delete the copy' });
      continue;
    }
    seen.set(key, doc);
    if (doc.kind === 'chapters' && (reservedSegments as readonly string[]).includes(doc.id)) {
      problems.push({ file: doc.file, line: doc.idLine, message: `chapter ID "${doc.id}" is reserved for a site page`, hint: `choose another ID; reserved: ${reservedSegments.join(', ')}` });
    }
  }
  for (const doc of seen.values()) {
    const noun = doc.kind === 'chapters' ? 'chapter' : 'model';
    if (doc.lang === languages.source) {
      for (const { message, hint } of editorialProblems({ kind: doc.kind, tree: doc.tree, sources: doc.data.sources })) {
        problems.push({ file: doc.file, line: doc.idLine, message: `${noun} "${doc.id}": ${message}`, hint });
      }
      if (doc.data.version === undefined) problems.push({ file: doc.file, message: 'the source text has no "version"', hint: 'add "version: 1"; raise it when the meaning changes' });
      if (doc.data.translation) problems.push({ file: doc.file, message: 'the source text has a "translation" block', hint: 'only translations have it; remove it' });
      continue;
    }
    const source = seen.get(`${doc.kind}/${languages.source}/${doc.id}`);
    if (!source) {
      if (unreadable.has(`${doc.kind}/${languages.source}/${doc.id}`)) continue;
      problems.push({ file: doc.file, line: doc.idLine, message: `translation of ${noun} "${doc.id}" has no ${languages.source} source`, hint: `add ${doc.kind}/${languages.source}/${doc.id}.mdx to the content folder, or fix the ID to match an existing ${noun}` });
      continue;
    }
    if (!doc.data.translation) {
      problems.push({ file: doc.file, message: 'translation has no "translation" block', hint: 'add translation: { sourceVersion: <English version>, review: machine-draft | draft | reviewed }' });
    } else if (source.data.version !== undefined && doc.data.translation.sourceVersion > source.data.version) {
      problems.push({ file: doc.file, message: `translated from version ${doc.data.translation.sourceVersion}, but the ${languages.source} text is only at version ${source.data.version}`, hint: 'use the version number from the English frontmatter' });
    }
    if (doc.data.version !== undefined) problems.push({ file: doc.file, message: 'a translation has "version"', hint: 'remove it; translations record translation.sourceVersion instead' });
    const { missing, extra } = compareHeadingIds(source.headingIds, doc.headingIds);
    if (missing.length || extra.length) {
      const firstExtra = doc.headings.find((h) => h.id !== undefined && extra.includes(h.id));
      problems.push({
        file: doc.file,
        line: firstExtra?.line ?? doc.idLine,
        message: `heading IDs differ from ${source.file}:${missing.length ? ` missing ${missing.map((id) => `#${id}`).join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ''} not in the source ${extra.map((id) => `#${id}`).join(', ')}` : ''}`,
        hint: 'give each translated heading the same {/* #id */} as the English heading it translates',
      });
    }
  }
}

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): { value: string | undefined; present: boolean; literal: boolean } {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr || attr.type !== 'mdxJsxAttribute') return { value: undefined, present: false, literal: false };
  return { value: typeof attr.value === 'string' ? attr.value : undefined, present: true, literal: typeof attr.value === 'string' };
}

function checkReferences(
  doc: CheckedDocument,
  documents: CheckedDocument[],
  sourceLang: string,
  glossaryIds: Set<string> | undefined,
  unreadable: ReadonlySet<string>,
  problems: Problem[],
): void {
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    file: doc.file,
    line: node.position?.start.line,
    column: node.position?.start.column,
  });
  const sourceIds = new Set(doc.data.sources.map((s) => s.id));
  const headingsOf = (kind: Kind, id: string) =>
    documents.find((d) => d.kind === kind && d.lang === sourceLang && d.id === id)?.headingIds;

  visit(doc.tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      problems.push({ ...at(node), message: 'import or export statement in content', hint: 'components are available without imports; remove the line' });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test((node as { value: string }).value)) {
        problems.push({ ...at(node), message: 'code in curly braces', hint: 'content is text only; write braces as \\{ and \\} or remove them' });
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const spec = element.name ? contentComponents[element.name] : undefined;
      if (!spec) {
        if (element.name?.toLowerCase() === 'script') return; // reported by unsafeContent
        problems.push({ ...at(element), message: `unknown component <${element.name ?? ''}>`, hint: `use one of ${Object.keys(contentComponents).map((n) => `<${n}>`).join(', ')}; raw HTML is not used in content` });
        return;
      }
      for (const name of spec.required) {
        const attr = attribute(element, name);
        if (!attr.present) problems.push({ ...at(element), message: `<${element.name}> needs a ${name}="…" attribute` });
      }
      for (const attr of element.attributes) {
        if (attr.type === 'mdxJsxAttribute' && /^on/i.test(attr.name)) continue; // reported by unsafeContent
        if (attr.type !== 'mdxJsxAttribute' || ![...spec.required, ...spec.optional].includes(attr.name)) {
          problems.push({ ...at(element), message: `<${element.name}> has an unknown attribute`, hint: `allowed: ${[...spec.required, ...spec.optional].join(', ') || 'none'}` });
        } else if (typeof attr.value !== 'string') {
          problems.push({ ...at(element), message: `<${element.name}> ${attr.name} must be plain text in double quotes` });
        }
      }
      const id = attribute(element, 'id').value;
      if (element.name === 'Cite' && id !== undefined && !sourceIds.has(id)) {
        problems.push({ ...at(element), message: `<Cite id="${id}"> names no entry of this file's "sources"`, hint: `add a source with id: ${id} to the frontmatter, or use one of: ${[...sourceIds].join(', ') || '(none yet)'}` });
      }
      if (element.name === 'Term' && id !== undefined && !glossaryIds?.has(id)) {
        problems.push({ ...at(element), message: `<Term id="${id}"> is not in the glossary`, hint: `add "${id}" to content/glossary/${sourceLang}.yaml, or fix the ID` });
      }
    } else if (node.type === 'image') {
      const image = node as Image;
      if (!image.alt?.trim()) {
        problems.push({ ...at(image), message: `image "${image.url}" has no alt text`, hint: 'describe what the image shows for readers who cannot see it: ![A map of the referral steps](…)' });
      }
      if (!isExternal(image.url) && !existsSync(resolve(dirname(resolve(doc.file)), image.url))) {
        problems.push({ ...at(image), message: `image "${image.url}" does not exist`, hint: 'images live in content/images/; link them relatively, e.g. ../../images/map.png' });
      } else if (isExternal(image.url)) {
        problems.push({ ...at(image), message: `image "${image.url}" is on another site`, hint: 'the site loads nothing from other hosts; put the image in content/images/' });
      }
    } else if (node.type === 'link') {
      const link = node as Link;
      if (isExternal(link.url)) return;
      const { path, hash } = resolveLink(link.url, doc.path);
      const target = path === doc.path ? { lang: doc.lang, page: doc.kind === 'chapters' ? ({ kind: 'chapter', id: doc.id } as Page) : ({ kind: 'model', id: doc.id } as Page) } : parsePagePath(path, [doc.lang]);
      const broken = (message: string, hint: string) => problems.push({ ...at(link), message: `broken link "${link.url}": ${message}`, hint });
      if (!target) {
        broken('no such page', 'link to a chapter relatively, e.g. ../local-mapping/ or ../local-mapping/#what-to-map');
        return;
      }
      const page = target.page;
      const anchors =
        page.kind === 'chapter' ? headingsOf('chapters', page.id) : page.kind === 'model' ? headingsOf('models', page.id) : page.kind === 'glossary' ? (glossaryIds ? [...glossaryIds] : []) : [];
      if ((page.kind === 'chapter' || page.kind === 'model') && anchors === undefined) {
        if (unreadable.has(`${page.kind}s/${sourceLang}/${page.id}`)) return;
        broken(`there is no ${page.kind} "${page.id}"`, 'check the ID in the target file\'s frontmatter');
      } else if (hash !== undefined && !anchors?.includes(hash)) {
        broken(`no heading "#${hash}" on that page`, `use an ID the target page has${anchors?.length ? `, e.g. ${anchors.slice(0, 4).map((a) => `#${a}`).join(', ')}` : ''}`);
      }
    }
  });
}

function checkHelplineTexts(dir: string, languages: LanguageList, helplines: Helpline[], problems: Problem[]): void {
  for (const { code } of languages.languages) {
    const texts = readHelplineTexts(dir, code);
    if (!texts) continue;
    const file = displayPath(helplineTextsPath(dir, code));
    if (code === languages.source) {
      problems.push({ file, message: `the ${code} helpline texts are in content/helplines.yaml`, hint: `delete ${file}; only translations go in content/helplines/` });
      continue;
    }
    problems.push(...texts.problems);
    if (texts.value) problems.push(...helplineTextProblems(file, readText(helplineTextsPath(dir, code)).text ?? '', texts.value, helplines));
  }
}

function checkGlossaries(dir: string, languages: LanguageList, problems: Problem[]): Set<string> | undefined {
  let sourceIds: Set<string> | undefined;
  for (const { code } of [{ code: languages.source }, ...languages.languages.filter((l) => l.code !== languages.source)]) {
    const glossary = readGlossary(dir, code);
    if (!glossary) continue;
    problems.push(...glossary.problems);
    if (!glossary.value) continue;
    const file = displayPath(resolve(dir, 'glossary', `${code}.yaml`));
    const ids = new Set<string>();
    for (const term of glossary.value) {
      if (ids.has(term.id)) problems.push({ file, message: `glossary term "${term.id}" appears twice`, hint: 'merge the two entries' });
      if (sourceIds && !sourceIds.has(term.id)) problems.push({ file, message: `glossary term "${term.id}" is not in the ${languages.source} glossary`, hint: 'translations use the IDs of the source glossary' });
      ids.add(term.id);
    }
    if (code === languages.source) sourceIds = ids;
  }
  return sourceIds;
}
