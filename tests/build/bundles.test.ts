/**
 * The offline bundles of a real build: reproducible to the byte, and safe and
 * complete when unzipped with unzip, bsdtar and Python's zipfile.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { archivePathProblem } from '../../src/lib/offline-paths.ts';
import { copyContent, readBuilt, runBuild, type Workspace } from './support.ts';
import { bundleName, languages, uiStrings } from '../support/project.ts';

let ws: Workspace;
let secondDist: string;
const bundleNames = ['all', ...languages.map((l) => l.code)].map(bundleName);

beforeAll(async () => {
  ws = copyContent('bundles');
  secondDist = join(ws.dir, 'dist-again');
  const first = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: ws.dist });
  expect(first.code, first.output).toBe(0);
  const second = await runBuild({ STROM_CONTENT_DIR: ws.content, STROM_DIST: secondDist });
  expect(second.code, second.output).toBe(0);
  // Two whole builds of the full site in ten languages: more than the build project's default hook time.
}, 900_000);
afterAll(() => ws?.dispose());

const bundlePath = (dist: string, name: string) => join(dist, 'bundles', `${name}.zip`);

describe('offline bundles', () => {
  it('builds one bundle with all languages and one per language, plus SHA256SUMS', () => {
    expect(readdirSync(join(ws.dist, 'bundles')).sort()).toEqual([...bundleNames.map((n) => `${n}.zip`), 'SHA256SUMS'].sort());
    const sums = readFileSync(join(ws.dist, 'bundles', 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(bundleNames.length);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(join(ws.dist, 'bundles', file!))).digest('hex')).toBe(sum);
    }
  });

  it('gives byte-identical zips when the same commit is built twice', () => {
    expect(readFileSync(join(secondDist, 'bundles', 'SHA256SUMS'), 'utf8')).toBe(readFileSync(join(ws.dist, 'bundles', 'SHA256SUMS'), 'utf8'));
    for (const name of bundleNames) expect(readFileSync(bundlePath(secondDist, name)).equals(readFileSync(bundlePath(ws.dist, name))), name).toBe(true);
  });

  it.each(bundleNames)('%s: one root folder with index.html and a README in every bundled language; safe paths', (name) => {
    const entries = unzipSync(new Uint8Array(readFileSync(bundlePath(ws.dist, name))));
    const paths = Object.keys(entries);
    expect(paths.every((p) => p.startsWith(`${name}/`))).toBe(true);
    expect(paths.map((p) => archivePathProblem(p)).filter(Boolean)).toEqual([]);
    expect(paths).toContain(`${name}/index.html`);
    const readme = new TextDecoder().decode(entries[`${name}/README.txt`]);
    const key = name.slice(bundleName('').length);
    const bundled = key === 'all' ? languages.map((l) => l.code) : key === 'en' ? ['en'] : [key, 'en'];
    for (const code of bundled) {
      const open = uiStrings(code)['bundle.readmeOpen']!;
      expect(readme, code).toContain(open);
      expect(paths.some((p) => p.startsWith(`${name}/${code}/`)), code).toBe(true);
      expect(paths, code).toContain(`${name}/${code}/search/index.html`);
    }
    // Languages not bundled are not there at all.
    for (const { code } of languages.filter((l) => !bundled.includes(l.code))) expect(paths.some((p) => p.startsWith(`${name}/${code}/`)), code).toBe(false);
  });

  it.each([
    ['unzip', (zip: string, to: string) => ['unzip', ['-q', zip, '-d', to]] as const],
    ['bsdtar', (zip: string, to: string) => ['bsdtar', ['-xf', zip, '-C', to]] as const],
    ['python zipfile', (zip: string, to: string) => ['python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, to]] as const],
  ])('extracts cleanly with %s: the same files, no links, nothing outside its folder', (_, command) => {
    const name = bundleNames[1]!;
    const target = join(ws.dir, `extract ${_.replace(/\s/g, '-')} Ģ`);
    mkdirSync(target, { recursive: true });
    const [program, args] = command(bundlePath(ws.dist, name), target);
    const result = spawnSync(program, [...args], { encoding: 'utf8' });
    expect(result.status, `${program}: ${result.stderr}`).toBe(0);
    expect(readdirSync(target)).toEqual([name]);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        expect(lstatSync(path).isSymbolicLink()).toBe(false);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(relative(target, path).split(sep).join('/'));
      }
    };
    walk(target);
    const entries = unzipSync(new Uint8Array(readFileSync(bundlePath(ws.dist, name))));
    expect(files.sort()).toEqual(Object.keys(entries).sort());
    for (const file of files) expect(readFileSync(join(target, file)).equals(Buffer.from(entries[file]!)), file).toBe(true);
  });

  it('lists every bundle on each downloads page with its size and SHA-256, served from the site', () => {
    const sums = new Map(
      readFileSync(join(ws.dist, 'bundles', 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/).reverse() as [string, string]),
    );
    for (const { code } of languages) {
      const html = readBuilt(ws.dist, `${code}/downloads/index.html`);
      expect(html).not.toContain('{{bundle-');
      for (const name of bundleNames) {
        expect(html, `${code}: ${name}`).toContain(`href="/bundles/${name}.zip"`);
        expect(html, `${code}: ${name}`).toContain(sums.get(`${name}.zip`));
      }
      expect(html).toMatch(/\d[.,]\d MB/);
    }
  });
});
