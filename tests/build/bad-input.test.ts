/**
 * One build of content with many problems planted at once: the build stops before
 * Astro runs, names every problem with its file, line (where the checker knows
 * one) and a hint, and leaves the previous output and the work folder alone.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyContent,
  displayed,
  isBuildOutput,
  leftoversOf,
  listFolder,
  parseProblems,
  root,
  runBuild,
  snapshotTree,
  type BuildResult,
  type PrintedProblem,
  type Workspace,
  workDir,
} from './support.ts';

let ws: Workspace;
let result: BuildResult;
let problems: PrintedProblem[];
let distBefore: Record<string, string>;
let workBefore: string[];
let workAfter: string[];
/** The planted files (absolute) and the lines the problems are on. */
const planted = {} as Record<
  'frontmatter' | 'unknownLang' | 'duplicate' | 'original' | 'orphan' | 'image' | 'headings' | 'headingSource' | 'syntax' | 'link' | 'ui',
  string
>;
const lines = {} as Record<'frontmatter' | 'image' | 'syntax' | 'link', number>;

/** Appends lines to a file and returns the line number of the first one. */
function append(path: string, added: string[]): number {
  const text = readFileSync(path, 'utf8');
  const existing = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
  writeFileSync(path, `${text.endsWith('\n') ? text : `${text}\n`}\n${added.join('\n')}\n`);
  return existing + 2;
}

function plant(content: string): void {
  const chapters = join(content, 'chapters');
  const en = (id: string) => join(chapters, 'en', `${id}.mdx`);

  // Frontmatter that is not YAML: an unquoted colon inside a value, on line 3.
  planted.frontmatter = en('broken-frontmatter');
  writeFileSync(
    planted.frontmatter,
    ['---', 'chapter: broken-frontmatter', 'title: Broken: an unquoted colon', 'description: Frontmatter that YAML cannot read.', 'order: 99', 'version: 1', '---', '', 'Some text.', ''].join('\n'),
  );
  lines.frontmatter = 3;

  // A language folder that languages.json does not list.
  planted.unknownLang = join(chapters, 'xx', 'why-municipalities.mdx');
  mkdirSync(join(chapters, 'xx'), { recursive: true });
  cpSync(en('why-municipalities'), planted.unknownLang);

  // The same chapter ID twice in English (the copy sorts after the original).
  planted.original = en('why-municipalities');
  planted.duplicate = en('zz-duplicate');
  cpSync(planted.original, planted.duplicate);

  // A translation of a chapter that has no English text.
  planted.orphan = join(chapters, 'de', 'no-such-chapter.mdx');
  mkdirSync(join(chapters, 'de'), { recursive: true });
  writeFileSync(
    planted.orphan,
    ['---', 'chapter: no-such-chapter', 'title: Ein Kapitel ohne Vorlage', 'description: Eine Übersetzung ohne englischen Text.', 'order: 50', 'translation:', '  sourceVersion: 1', '  review: draft', '---', '', 'Etwas Text.', ''].join('\n'),
  );

  // An image with no alt text (the image exists, so only the alt text is missing).
  mkdirSync(join(content, 'images'), { recursive: true });
  cpSync(join(root, 'public', 'favicon.svg'), join(content, 'images', 'plan.svg'));
  planted.image = en('prevention');
  lines.image = append(planted.image, ['![](../../images/plan.svg)']);

  // A translation whose heading IDs differ from the English source: #local-gap renamed.
  planted.headingSource = en('why-municipalities');
  planted.headings = join(chapters, 'lv', 'why-municipalities.mdx');
  mkdirSync(join(chapters, 'lv'), { recursive: true });
  writeFileSync(
    planted.headings,
    readFileSync(planted.headingSource, 'utf8')
      .replace(/^version: \d+$/m, 'translation:\n  sourceVersion: 1\n  review: machine-draft')
      .replace('{/* #local-gap */}', '{/* #local-gaps */}'),
  );

  // An MDX syntax error: a bare "<" before a digit, on line 9.
  planted.syntax = en('syntax-error');
  writeFileSync(
    planted.syntax,
    ['---', 'chapter: syntax-error', 'title: A syntax error', 'description: Running text with a bare less-than sign.', 'order: 98', 'version: 1', '---', '', 'Groups of <5 people share one small flat.', ''].join('\n'),
  );
  lines.syntax = 9;

  // A relative link to a chapter that does not exist.
  planted.link = en('tools');
  lines.link = append(planted.link, ['See [the missing chapter](../no-such-chapter/) for more.']);

  // A missing interface string in German.
  planted.ui = join(content, 'ui', 'de.json');
  const ui = JSON.parse(readFileSync(planted.ui, 'utf8')) as Record<string, string>;
  delete ui['nav.chapters'];
  writeFileSync(planted.ui, `${JSON.stringify(ui, null, 2)}\n`);
}

/** The one printed problem in `file` whose message contains `text`. */
function problem(file: string, text: string): PrintedProblem {
  const matches = problems.filter((p) => p.file === displayed(file) && p.message.includes(text));
  expect(matches, `a problem in ${displayed(file)} containing "${text}"\n\n${result.output}`).toHaveLength(1);
  return matches[0]!;
}

/** Every problem must come with a hint that says what to do. */
function expectHint(p: PrintedProblem): void {
  expect(p.hint, `hint for: ${p.file}  ${p.message}`).toBeTruthy();
  expect(p.hint!.length).toBeGreaterThan(10);
}

beforeAll(async () => {
  ws = copyContent('bad-input');
  plant(ws.content);
  // A previous build: the failed build must leave it exactly as it is.
  mkdirSync(join(ws.dist, 'en'), { recursive: true });
  writeFileSync(join(ws.dist, 'marker.txt'), 'previous build\n');
  writeFileSync(join(ws.dist, 'en', 'index.html'), '<!doctype html><title>previous</title>\n');
  distBefore = snapshotTree(ws.dist);
  workBefore = listFolder(workDir);
  result = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: ws.dist });
  workAfter = listFolder(workDir);
  problems = parseProblems(result.output);
});

afterAll(() => ws?.dispose());

describe('a build of content with many problems', () => {
  it('fails at the content check (Astro, started beside it, is stopped), saying the output was not changed', () => {
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).not.toContain('Content OK');
    expect(result.output).toContain('The build stopped;');
    expect(result.output).toContain('was not changed');
  });

  it('counts every problem it prints', () => {
    const summary = /^(\d+) problems? in (\d+) files?\.$/m.exec(result.output);
    expect(summary, result.output).not.toBeNull();
    expect(Number(summary![1])).toBe(problems.length);
    expect(Number(summary![2])).toBe(new Set(problems.map((p) => p.file)).size);
  });

  it('reports broken frontmatter with its line and a hint', () => {
    const p = problem(planted.frontmatter, 'cannot be read');
    expect(p.line).toBe(lines.frontmatter);
    expectHint(p);
  });

  it('reports an unknown language folder with a hint naming the known codes', () => {
    const p = problem(planted.unknownLang, 'unknown language code "xx"');
    expect(p.message).toContain('chapters/xx/');
    expectHint(p);
    expect(p.hint).toContain('languages.json');
  });

  it('reports a chapter ID that appears twice in one language, naming both files', () => {
    const p = problem(planted.duplicate, 'chapter ID "why-municipalities" appears twice in "en"');
    expect(p.message).toContain(displayed(planted.original));
    expectHint(p);
  });

  it('reports a translation with no English source', () => {
    const p = problem(planted.orphan, 'translation of chapter "no-such-chapter" has no en source');
    expectHint(p);
    expect(p.hint).toContain('chapters/en/no-such-chapter.mdx');
  });

  it('reports an image without alt text with its line', () => {
    const p = problem(planted.image, 'has no alt text');
    expect(p.message).toContain('../../images/plan.svg');
    expect(p.line).toBe(lines.image);
    expectHint(p);
  });

  it('reports heading IDs that differ between a translation and its source', () => {
    const p = problem(planted.headings, 'heading IDs differ from');
    expect(p.message).toContain(displayed(planted.headingSource));
    expect(p.message).toContain('missing #local-gap');
    expect(p.message).toContain('not in the source #local-gaps');
    expectHint(p);
  });

  it('reports an MDX syntax error with its line and column', () => {
    const p = problem(planted.syntax, 'MDX syntax error');
    expect(p.line).toBe(lines.syntax);
    expect(p.column).toBeGreaterThan(0);
    expectHint(p);
  });

  it('reports a broken relative link with its line', () => {
    const p = problem(planted.link, 'broken link "../no-such-chapter/"');
    expect(p.message).toContain('there is no chapter "no-such-chapter"');
    expect(p.line).toBe(lines.link);
    expectHint(p);
  });

  it('reports a missing interface string', () => {
    const p = problem(planted.ui, 'missing interface string "nav.chapters"');
    expectHint(p);
    expect(p.hint).toContain('content/ui/en.json');
  });

  it('complains only about the planted files', () => {
    const files = new Set(Object.values(planted).map(displayed));
    expect(problems.filter((p) => !files.has(p.file))).toEqual([]);
  });

  it('leaves the previous output folder exactly as it was', () => {
    expect(snapshotTree(ws.dist)).toEqual(distBefore);
    expect(readFileSync(join(ws.dist, 'marker.txt'), 'utf8')).toBe('previous build\n');
  });

  it('leaves no temporary output behind in .build/', () => {
    expect(leftoversOf(result.pid)).toEqual([]);
    // Other files in .build/ may come and go (it is a shared scratch folder); build output may not.
    expect(workAfter.filter(isBuildOutput)).toEqual(workBefore.filter(isBuildOutput));
  });
});
