/**
 * Files as editors really save them must build: a byte-order mark (Notepad), Windows
 * line endings, and a very long chapter (5 MB).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyContent, readBuilt, runBuild, type BuildResult, type Workspace } from './support.ts';

let ws: Workspace;
let result: BuildResult;
const chapter = (id: string) => join(ws.content, 'chapters', 'en', `${id}.mdx`);
const titleOf = (text: string) => /^title: (.+)$/m.exec(text)![1]!.replace(/^"|"$/g, '');
let titles: Record<string, string>;

beforeAll(async () => {
  ws = copyContent('edge');
  titles = {};
  // A byte-order mark before the frontmatter.
  const bom = readFileSync(chapter('recognising-victims'), 'utf8');
  titles.bom = titleOf(bom);
  writeFileSync(chapter('recognising-victims'), `\uFEFF${bom}`);
  // Windows line endings throughout.
  const crlf = readFileSync(chapter('why-municipalities'), 'utf8');
  titles.crlf = titleOf(crlf);
  writeFileSync(chapter('why-municipalities'), crlf.replace(/\n/g, '\r\n'));
  // A 5 MB chapter: the text of another one, then paragraphs until it is 5 MB.
  const long = readFileSync(chapter('tools'), 'utf8');
  const paragraph = 'A long chapter still builds, is indexed and reads like any other page, however many paragraphs it has. ';
  const paragraphs: string[] = [];
  let size = Buffer.byteLength(long);
  for (let n = 1; size < 5 * 1024 * 1024; n++) {
    const text = `Paragraph ${n}. ${paragraph.repeat(4)}\n\n`;
    paragraphs.push(text);
    size += Buffer.byteLength(text);
  }
  paragraphs.push('The last paragraph of the long chapter.\n');
  // The English grew, so its version goes up: the translations are then outdated (shown
  // with a notice), not incomplete, and the length check leaves them alone.
  const grown = long.replace(/^version: (\d+)$/m, (_, v: string) => `version: ${Number(v) + 1}`);
  expect(grown).not.toBe(long);
  writeFileSync(chapter('tools'), `${grown.trimEnd()}\n\n${paragraphs.join('')}`);
  expect(Buffer.byteLength(readFileSync(chapter('tools')))).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  result = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: ws.dist });
}, 900_000);

afterAll(() => ws?.dispose());

describe('edge cases that must build', () => {
  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('reads the frontmatter of a file that starts with a byte-order mark', () => {
    const html = readBuilt(ws.dist, 'en/recognising-victims/index.html');
    expect(html).toContain(`<h1`);
    expect(html).toContain(titles.bom!.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    expect(html).not.toContain('\uFEFF');
  });

  it('reads a file with Windows line endings like any other, heading IDs included', () => {
    const html = readBuilt(ws.dist, 'en/why-municipalities/index.html');
    expect(html).toContain(titles.crlf!.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    const ids = [...readFileSync(chapter('why-municipalities'), 'utf8').matchAll(/\{\/\* #([a-z0-9-]+) \*\/\}/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(html).toMatch(new RegExp(`<h[23] id="${id}"`));
  });

  it('builds the 5 MB chapter to its last paragraph', () => {
    const html = readBuilt(ws.dist, 'en/tools/index.html');
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(html).toContain('The last paragraph of the long chapter.');
  });
});
