import { describe, expect, it } from 'vitest';
import { parseData } from '../../src/lib/data-files.ts';
import { chapterSchema, glossarySchema, helplinesSchema, languageListSchema, uiStringsSchema } from '../../src/lib/schemas.ts';

const frontmatter = ['chapter: about', 'title: About the guidelines', 'description: What they are for.', 'order: 1', 'version: 2'].join('\n');

describe('parseData: valid data', () => {
  it('returns the value with schema defaults and no problems', () => {
    const parsed = parseData('content/chapters/en/about.mdx', frontmatter, chapterSchema, 1);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ chapter: 'about', title: 'About the guidelines', description: 'What they are for.', order: 1, version: 2, sources: [] });
  });

  it('reads JSON, since JSON is YAML', () => {
    const parsed = parseData('content/ui/en.json', '{\n  "nav.home": "Home",\n  "toc.title": "On this page"\n}\n', uiStringsSchema);
    expect(parsed).toEqual({ value: { 'nav.home': 'Home', 'toc.title': 'On this page' }, problems: [] });
  });
});

describe('parseData: YAML syntax errors', () => {
  it('reports the line of the error, with the reading hint', () => {
    // Unquoted text containing ": " is the most common slip.
    const parsed = parseData('content/glossary/en.yaml', '- id: a\n  term: Act: means\n  definition: d\n', glossarySchema);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ file: 'content/glossary/en.yaml', line: 2, column: 9, message: expect.stringMatching(/^cannot be read: /) });
    expect(parsed.problems[0]!.hint).toContain('text containing ": "');
  });

  it('adds lineOffset to the line, for frontmatter below the top of its file', () => {
    const text = 'chapter: about\ndescription: d\ntitle: Act: means\n';
    const plain = parseData('f.mdx', text, chapterSchema);
    const shifted = parseData('f.mdx', text, chapterSchema, 1);
    expect(plain.problems.length).toBeGreaterThan(0);
    expect(shifted.problems.map((p) => p.line)).toEqual(plain.problems.map((p) => p.line! + 1));
    expect(shifted.problems[0]).toMatchObject({ file: 'f.mdx', line: 4, column: 8 });
  });

  it('reports a key written twice at its second occurrence', () => {
    const parsed = parseData('f.yaml', 'chapter: a\ntitle: A\ntitle: B\n', chapterSchema, 10);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 13, message: 'cannot be read: Map keys must be unique' })]);
  });

  it('reports only the syntax error, not schema errors of half-read data', () => {
    const parsed = parseData('f.yaml', 'title: [oops\n', chapterSchema);
    expect(parsed.problems.every((p) => p.message.startsWith('cannot be read'))).toBe(true);
  });
});

describe('parseData: schema errors', () => {
  it('points at the line and column of the offending value', () => {
    const parsed = parseData('about.mdx', 'chapter: about\ntitle: About\ndescription: d\norder: first\n', chapterSchema, 1);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toEqual([{ file: 'about.mdx', line: 5, column: 8, message: expect.stringMatching(/^"order": .*number/), hint: 'write a number (3); a value in quotes is text, not a number' }]);
  });

  it('points into nested lists and objects', () => {
    const text = ['chapter: about', 'title: About', 'description: d', 'order: 1', 'sources:', '  - id: ok', '    title: Fine', '  - id: Not OK', '    title: Bad ID'].join('\n');
    const parsed = parseData('about.mdx', text, chapterSchema, 1);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 9, column: 9, message: expect.stringMatching(/^"sources\.1\.id": use lowercase letters/) })]);
  });

  it('names a missing field and says to add it, at the nearest enclosing node', () => {
    const text = ['- id: ee-victim-support', '  country: EE', '  organisation: Social Insurance Board', '  service: Victim support line', '  number: "116 006"', '  recorded: 2026-11-28'].join('\n');
    const parsed = parseData('content/helplines.yaml', text, helplinesSchema);
    expect(parsed.problems).toEqual([
      { file: 'content/helplines.yaml', line: 1, column: 3, message: expect.stringMatching(/^"0\.source": /), hint: 'add the field "0.source"' },
    ]);
  });

  it('lists the allowed values of an enum in the hint', () => {
    const text = `${frontmatter.replace('version: 2', '')}translation:\n  sourceVersion: 1\n  review: final\n`;
    const parsed = parseData('lv/about.mdx', text, chapterSchema, 1);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringMatching(/^"translation\.review": /), hint: 'use one of: machine-draft, draft, reviewed' })]);
  });

  it('names an unknown key and hints at the spelling', () => {
    const parsed = parseData('about.mdx', `${frontmatter}\ncolour: red\n`, chapterSchema, 1);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.message).toContain('"colour"');
    expect(parsed.problems[0]!.hint).toBe('remove or rename "colour"; check the spelling against README.md');
    expect(parsed.problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports every schema problem of a file, not just the first', () => {
    const parsed = parseData('about.mdx', 'chapter: About Us\ntitle: ""\ndescription: d\norder: 1\nversion: 0\n', chapterSchema, 1);
    expect(parsed.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [2, '"chapter"'],
      [3, '"title"'],
      [6, '"version"'],
    ]);
  });

  it('reports an empty file as missing every required field', () => {
    const parsed = parseData('about.mdx', '', chapterSchema);
    expect(parsed.problems.map((p) => p.hint)).toEqual(['add the field "chapter"', 'add the field "title"', 'add the field "description"', 'add the field "order"']);
  });

  it('points a custom refinement at the offending entry', () => {
    const text = ['source: en', 'languages:', '  - { code: en, name: English, englishName: English, dir: ltr, pagefind: en }', '  - { code: en, name: English, englishName: English, dir: ltr, pagefind: en }'].join('\n');
    const parsed = parseData('content/languages.json', text, languageListSchema);
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 4, message: '"languages.1.code": language "en" is listed twice' })]);
  });
});

describe('parseData: where an unknown key is reported', () => {
  it('points at the line of the unknown key itself', () => {
    const text = 'chapter: about\ntitle: About\ndescription: d\norder: 1\nversion: 1\ncolour: red\n';
    const [problem] = parseData('about.mdx', text, chapterSchema, 1).problems;
    expect(problem!.line).toBe(7);
    expect(problem!.message).toContain('colour');
  });
});
