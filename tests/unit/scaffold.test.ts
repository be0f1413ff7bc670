import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx-document.ts';
import { parseData } from '../../src/lib/data-files.ts';
import { collectHeadings } from '../../src/lib/headings.ts';
import { chapterSchema, languageListSchema, modelSchema, type LanguageList } from '../../src/lib/schemas.ts';
import { newChapter, newLanguage, newModel, newTranslation, ScaffoldError } from '../../src/lib/scaffold.ts';

const languagesJson = `{
  "source": "en",
  "languages": [
    {"code": "en", "name": "English", "englishName": "English", "dir": "ltr", "pagefind": "en"},
    {"code": "lv", "name": "Latviešu", "englishName": "Latvian", "dir": "ltr", "pagefind": "lv"}
  ]
}
`;
const languages = JSON.parse(languagesJson) as LanguageList;

function frontmatterOf(text: string, schema: typeof chapterSchema | typeof modelSchema) {
  const parsed = parseMdx('new.mdx', text);
  expect(parsed.problems).toEqual([]);
  const data = parseData('new.mdx', parsed.frontmatter!.text, schema);
  expect(data.problems).toEqual([]);
  return { data: data.value!, headings: collectHeadings(parsed.tree!) };
}

describe('npm run new', () => {
  it('writes a chapter whose frontmatter passes the schema and whose headings all have IDs', () => {
    const { files, next } = newChapter('housing-services', 16, 'en');
    expect(files.map((f) => f.path)).toEqual(['chapters/en/housing-services.mdx']);
    const { data, headings } = frontmatterOf(files[0]!.text, chapterSchema);
    expect(data).toMatchObject({ chapter: 'housing-services', order: 16, version: 1 });
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every((h) => h.id)).toBe(true);
    expect(next.join(' ')).toContain('npm run check:content');
  });

  it('writes a model whose frontmatter passes the schema', () => {
    const { files } = newModel('riga-city', 9, 'en');
    expect(frontmatterOf(files[0]!.text, modelSchema).data).toMatchObject({ model: 'riga-city', kind: 'pilot', version: 1 });
  });

  it('refuses an ID that cannot be a URL segment', () => {
    expect(() => newChapter('Housing_Services', 1, 'en')).toThrow(ScaffoldError);
    expect(() => newChapter(undefined, 1, 'en')).toThrow(/name the chapter/);
  });

  it('starts a translation as a draft of the current English version, never as reviewed', () => {
    const source = newChapter('housing-services', 3, 'en').files[0]!.text.replace('version: 1', 'version: 4');
    const { files } = newTranslation('lv', 'housing-services', languages, { kind: 'chapters', text: source });
    expect(files[0]!.path).toBe('chapters/lv/housing-services.mdx');
    const { data } = frontmatterOf(files[0]!.text, chapterSchema);
    expect(data.translation).toEqual({ sourceVersion: 4, review: 'draft' });
    expect(data.version).toBeUndefined();
  });

  it('refuses a translation into an unknown language or of a missing chapter', () => {
    expect(() => newTranslation('xx', 'about', languages, { kind: 'chapters', text: 'version: 1' })).toThrow(/one of lv/);
    expect(() => newTranslation('lv', 'nothing', languages, undefined)).toThrow(/no en chapter or model "nothing"/);
  });

  it('adds a language with its native name and copies the interface strings', () => {
    const { files, updates } = newLanguage('da', languages, languagesJson, '{"skipLink": "Skip"}');
    expect(files).toEqual([{ path: 'ui/da.json', text: '{"skipLink": "Skip"}' }]);
    const list = languageListSchema.parse(JSON.parse(updates[0]!.text));
    expect(list.languages.at(-1)).toEqual({ code: 'da', name: 'Dansk', englishName: 'Danish', dir: 'ltr', pagefind: 'da' });
    expect(updates[0]!.text).toContain('{"code": "da", "name": "Dansk"');
    expect(() => newLanguage('lv', languages, languagesJson, '{}')).toThrow(/already/);
  });
});
