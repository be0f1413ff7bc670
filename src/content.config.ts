/**
 * Astro's content layer over content/. The schemas live in src/lib/schemas.ts and
 * are shared with the command-line checker.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { join } from 'node:path';
import {
  contentDir,
  readGlossary,
  readHelplines,
  readHelplineTexts,
  readLanguageList,
  readUiStrings,
  valueOrThrow,
} from './lib/content-files.ts';
import { chapterSchema, glossaryTermSchema, helplineSchema, helplineTextSchema, languageSchema, modelSchema, uiStringsSchema } from './lib/schemas.ts';

const dir = contentDir();
const languageList = () => valueOrThrow(readLanguageList(dir));

/** Documents are stored as "<lang>/<stable ID>", whatever the file is called. */
const documents = (folder: string, idField: 'chapter' | 'model') =>
  glob({
    pattern: '*/*.mdx',
    base: join(dir, folder),
    generateId: ({ entry, data }) => `${entry.split('/')[0]}/${String(data[idField])}`,
  });

/** A loader for data that src/lib reads and validates; the content layer only stores it. */
function dataLoader(name: string, read: () => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const { id, data } of read()) store.set({ id, data: await parseData({ id, data }) });
    },
  };
}

const languages = defineCollection({
  loader: dataLoader('languages', () => {
    const list = languageList();
    return list.languages.map((language, index) => ({ id: language.code, data: { ...language, index, isSource: language.code === list.source } }));
  }),
  schema: languageSchema.extend({ index: z.number(), isSource: z.boolean() }),
});

const ui = defineCollection({
  loader: dataLoader('ui', () =>
    languageList().languages.map(({ code }) => ({ id: code, data: { strings: valueOrThrow(readUiStrings(dir, code)) } })),
  ),
  schema: z.object({ strings: uiStringsSchema }),
});

const glossary = defineCollection({
  loader: dataLoader('glossary', () =>
    languageList().languages.flatMap(({ code }) => {
      const parsed = readGlossary(dir, code);
      return parsed ? valueOrThrow(parsed).map((term, order) => ({ id: `${code}/${term.id}`, data: { ...term, lang: code, order } })) : [];
    }),
  ),
  schema: glossaryTermSchema.extend({ lang: z.string(), order: z.number() }),
});

const helplines = defineCollection({
  loader: dataLoader('helplines', () =>
    valueOrThrow(readHelplines(dir)).map((helpline, order) => ({ id: `${helpline.country}-${order}`, data: { ...helpline, order } })),
  ),
  schema: helplineSchema.extend({ order: z.number() }),
});

/** Each language's helpline texts (content/helplines/<lang>.yaml); numbers stay in the one list. */
const helplineTexts = defineCollection({
  loader: dataLoader('helplineTexts', () =>
    languageList().languages.flatMap(({ code }) => {
      const parsed = readHelplineTexts(dir, code);
      return parsed ? valueOrThrow(parsed).map((text) => ({ id: `${code}/${text.id}`, data: { ...text, lang: code } })) : [];
    }),
  ),
  schema: helplineTextSchema.extend({ lang: z.string() }),
});

export const collections = {
  chapters: defineCollection({ loader: documents('chapters', 'chapter'), schema: chapterSchema }),
  models: defineCollection({ loader: documents('models', 'model'), schema: modelSchema }),
  languages,
  ui,
  glossary,
  helplines,
  helplineTexts,
};
