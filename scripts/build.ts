/**
 * npm run build: checks the content, builds the site into a temporary folder,
 * checks every link of the result, and only then replaces dist/. When anything
 * fails, the previous dist/ stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { findBrokenLinks, scanHtml, type PageScan } from '../src/lib/html-links.ts';
import { normaliseBase } from '../src/lib/routes.ts';
import { readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = resolve(root, process.env.STROM_DIST ?? 'dist');
const workDir = resolve(root, '.build');
const started = performance.now();
const fail = (message: string): never => {
  console.error(`\n${message}\nThe build stopped; ${relative(process.cwd(), outDir) || outDir} was not changed.`);
  process.exit(1);
};

// 1. Content: every problem at once.
const report = checkContent(contentDir(root));
if (report.problems.length > 0) fail(formatProblems(report.problems));
console.log(`Content OK: ${report.documents} documents in ${report.languages} languages.`);

// 2. Astro, into a fresh temporary folder.
mkdirSync(workDir, { recursive: true });
const tempDir = join(workDir, `dist-${process.pid}-${Date.now()}`);
// Vite-style variables in the environment (test runners set BASE_URL=/) would
// override the configured base; BASE_PATH is the only way to set it.
const astroEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
);
// --force: Astro's content cache remembers file paths by content; a build from
// another content folder (STROM_CONTENT_DIR) must not reuse them.
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...astroEnv, STROM_OUT_DIR: tempDir },
});
if (astro.status !== 0) {
  rmSync(tempDir, { recursive: true, force: true });
  fail('Astro could not build the site (see the messages above).');
}

// 3. The search index, one per language.
try {
  const languages = valueOrThrow(readLanguageList(contentDir(root))).languages;
  const search = await buildSearchIndex(tempDir, languages);
  const perLanguage = Object.entries(search.languages).map(([lang, count]) => `${lang} ${count}`).join(', ');
  console.log(`Search index: ${search.pages} pages (${perLanguage}), ${(search.bytes / 1024).toFixed(0)} KB.`);
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  fail(`The search index could not be built: ${(error as Error).message}`);
}

// 4. Every link, stylesheet, script and image of the result, and every #anchor.
const base = normaliseBase(process.env.BASE_PATH);
const files = listFiles(tempDir);
const pages = new Map<string, PageScan>();
for (const file of files.filter((f) => f.endsWith('.html'))) {
  const rel = relative(tempDir, file).split(sep).join('/');
  const urlPath = base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  pages.set(urlPath, scanHtml(readFileSync(file, 'utf8')));
}
const fileSet = new Set(files.map((f) => base + relative(tempDir, f).split(sep).join('/')));
const broken = findBrokenLinks(pages, (path) => fileSet.has(path));
if (broken.length > 0) {
  rmSync(tempDir, { recursive: true, force: true });
  fail(`${broken.map((b) => `${b.page}  broken link "${b.ref}": ${b.reason}`).join('\n')}\n\n${broken.length} broken links in the built site.`);
}

// 5. Swap the new build in.
const oldDir = join(workDir, `old-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tempDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nBuilt ${pages.size} pages (${files.length} files) into ${relative(process.cwd(), outDir) || outDir} in ${seconds} s, base ${base}.`);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
