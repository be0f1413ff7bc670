/**
 * Builds the site twice with the real build script and serves both over HTTP:
 * - "root": the real content at the domain root;
 * - "sub":  under /strom/, served by nginx with hosting/nginx.conf, from a copy of the content in which the English
 *           chapter "why-municipalities" has moved on a version, so that its
 *           translations are genuinely outdated and show the outdated notice (and
 *           so is the glossary entry "forced-labour"), and
 *           in which Norwegian has no text of its own, so it has no search index,
 *           and in which some models have fixture referral steps and coordinates
 *           (tests/support/fixture-models.ts), so the figures have something to draw.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { addFixtureModelFacts } from '../support/fixture-models.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    subUrl: string;
    /** The root build's folder, whose offline bundles the offline tests unzip. */
    rootDist: string;
    /** The sub-path build's folder (fixture model facts: steps, levels, coordinates). */
    subDist: string;
  }
}

const root = join(import.meta.dirname, '..', '..');
const work = join(root, '.build', 'browser-tests');

function build(name: string, env: Record<string, string>, args: string[] = []): string {
  const out = join(work, name);
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: root,
    env: { ...process.env, STROM_DIST: out, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

export default async function setup(project: TestProject) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  // With the PDF editions (npm run pdf), so that the tests check them once.
  const rootDist = build('root', {}, ['--pdf']);

  const content = join(work, 'content-outdated');
  cpSync(join(root, 'content'), content, { recursive: true });
  const chapter = join(content, 'chapters', 'en', 'why-municipalities.mdx');
  const text = readFileSync(chapter, 'utf8');
  const version = Number(/^version: (\d+)$/m.exec(text)![1]);
  // The English gained a paragraph in its new version, as an edit would add one: the
  // translations (made from the older version) now differ from it in one block.
  writeFileSync(
    chapter,
    `${text.replace(/^version: \d+$/m, `version: ${version + 1}`).trimEnd()}\n\nThis paragraph was added to the English text after the translations were made.\n`,
  );
  const glossary = join(content, 'glossary', 'en.yaml');
  // Raise the entry's version by one, whether or not it has one yet.
  const entries = readFileSync(glossary, 'utf8').split(/(?=^- id: )/m);
  writeFileSync(
    glossary,
    entries
      .map((entry) => {
        if (!entry.startsWith('- id: forced-labour\n')) return entry;
        const current = Number(/^  version: (\d+)$/m.exec(entry)?.[1] ?? 1);
        return /^  version: \d+$/m.test(entry) ? entry.replace(/^  version: \d+$/m, `  version: ${current + 1}`) : entry.replace('- id: forced-labour\n', `- id: forced-labour\n  version: ${current + 1}\n`);
      })
      .join(''),
  );
  rmSync(join(content, 'chapters', 'nb'), { recursive: true, force: true });
  // Every real language now has every chapter: without "about", each shows a fallback page here.
  for (const lang of readdirSync(join(content, 'chapters'))) {
    if (lang !== 'en') rmSync(join(content, 'chapters', lang, 'about.mdx'), { force: true });
  }
  rmSync(join(content, 'glossary', 'nb.yaml'), { force: true });
  // Norwegian has models and helpline texts too now: without them no Norwegian text is left here.
  rmSync(join(content, 'models', 'nb'), { recursive: true, force: true });
  rmSync(join(content, 'helplines', 'nb.yaml'), { force: true });
  addFixtureModelFacts(content);
  const subDist = build('sub', { BASE_PATH: '/strom/', STROM_CONTENT_DIR: content });

  // The sub-path build is served by Debian's nginx with the shipped sample config, so
  // every test that uses it also tests that configuration.
  const servers: StaticServer[] = [await serveStatic(rootDist, '/'), await serveWithNginx(subDist)];
  project.provide('rootUrl', servers[0]!.url);
  project.provide('rootDist', rootDist);
  project.provide('subUrl', servers[1]!.url);
  project.provide('subDist', subDist);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
