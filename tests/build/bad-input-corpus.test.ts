/**
 * The bad-input corpus (tests/fixtures/bad-input/): one build per mistake. Each
 * must stop with a non-zero exit, name the planted file with its line and a
 * helpful message, complain about nothing else, and leave the previous output
 * exactly as it was.
 */
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, parseProblems, root, runBuild, snapshotTree } from './support.ts';

const corpus = join(root, 'tests', 'fixtures', 'bad-input');

interface Case {
  expect: { file: string; line?: number; message: string };
  env?: { BASE_PATH?: string };
}

const cases = readdirSync(corpus).filter((name) => statSync(join(corpus, name)).isDirectory()).sort();

/** Files below `dir`, relative and "/"-separated. */
function filesBelow(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

describe('bad-input corpus', () => {
  it('has a case for every mistake the issue lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });

  it.each(cases)('%s: stops, names the file, line and problem, and keeps the previous output', async (name) => {
    const spec = JSON.parse(readFileSync(join(corpus, name, 'case.json'), 'utf8')) as Case;
    const ws = copyContent(`bad-${name}`);
    try {
      // Plant the case's files in a copy of the real content.
      const planted = filesBelow(join(corpus, name, 'content'));
      for (const file of planted) {
        const from = join(corpus, name, 'content', file);
        const to = join(ws.content, file.replace(/\.append$/, ''));
        mkdirSync(join(to, '..'), { recursive: true });
        if (file.endsWith('.append')) appendFileSync(to, readFileSync(from));
        else cpSync(from, to);
      }
      // A previous build the failed one must not touch.
      mkdirSync(join(ws.dist, 'en'), { recursive: true });
      writeFileSync(join(ws.dist, 'index.html'), '<!doctype html><title>previous build</title>');
      writeFileSync(join(ws.dist, 'en', 'page.html'), 'previous page');
      const before = snapshotTree(ws.dist);

      const result = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: ws.dist, ...spec.env });

      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(/The build stopped; .* was not changed\./);
      const problems = parseProblems(result.output);
      const where = (file: string) => (file === 'BASE_PATH' ? file : file.slice(file.indexOf('/content/') + '/content/'.length));
      const match = problems.find((p) => where(p.file) === spec.expect.file && p.message.includes(spec.expect.message));
      expect(match, `expected "${spec.expect.message}" in ${spec.expect.file}, got:\n${result.output}`).toBeDefined();
      if (spec.expect.line !== undefined) expect(match!.line).toBe(spec.expect.line);
      expect(match!.hint ?? '', 'every problem comes with a hint').not.toBe('');
      // Nothing but the planted files is blamed.
      const plantedFiles = new Set([...planted.map((f) => f.replace(/\.append$/, '')), 'BASE_PATH']);
      expect(problems.map((p) => where(p.file)).filter((f) => !plantedFiles.has(f))).toEqual([]);
      expect(snapshotTree(ws.dist)).toEqual(before);
    } finally {
      ws.dispose();
    }
  });
});
