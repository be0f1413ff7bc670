/**
 * npm run build: checks the content, builds the site into a temporary folder,
 * checks every link of the result, and only then replaces dist/. When anything
 * fails, the previous dist/ stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { findBrokenLinks, scanHtml, type PageScan } from '../src/lib/html-links.ts';
import { normaliseBase } from '../src/lib/routes.ts';
import { readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { buildBundles, type BuiltBundle } from '../src/build/bundles.ts';
import { bundleSpecs, bundleToken } from '../src/lib/bundles.ts';
import { readUiStrings } from '../src/lib/content-files.ts';
import { createTranslator } from '../src/lib/i18n.ts';

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

// The version and date the pages and bundles carry: from package.json and the
// commit, so building the same commit twice gives identical files.
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const buildDate = (() => {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  const git = spawnSync('git', ['log', '-1', '--format=%cs'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 && /^\d{4}-\d{2}-\d{2}$/.test(git.stdout.trim()) ? git.stdout.trim() : new Date().toISOString().slice(0, 10);
})();

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
  env: { ...astroEnv, STROM_OUT_DIR: tempDir, STROM_VERSION: version, STROM_BUILD_DATE: buildDate },
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

// 4. The offline bundles, and their sizes and checksums on the downloads pages.
const languageList = valueOrThrow(readLanguageList(contentDir(root)));
const base = normaliseBase(process.env.BASE_PATH);
let bundles: BuiltBundle[] = [];
try {
  const translators = new Map(
    languageList.languages.map((l) => [
      l.code,
      createTranslator(valueOrThrow(readUiStrings(contentDir(root), l.code)), valueOrThrow(readUiStrings(contentDir(root), languageList.source))),
    ]),
  );
  console.log('Offline bundles:');
  bundles = buildBundles(
    {
      siteDir: tempDir,
      outDir: join(tempDir, 'bundles'),
      base,
      languages: languageList.languages,
      version,
      date: buildDate,
      readme: (lang) => {
        const t = translators.get(lang)!;
        return { title: t('bundle.readmeTitle'), open: t('bundle.readmeOpen'), contents: t('bundle.readmeContents'), check: t('bundle.readmeCheck') };
      },
      progress: (message) => console.log(`  ${message}`),
    },
    bundleSpecs(version, languageList.languages.map((l) => l.code), languageList.source),
  );
  for (const { code } of languageList.languages) {
    const page = join(tempDir, code, 'downloads', 'index.html');
    const megabytes = new Intl.NumberFormat(code, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    let html = readFileSync(page, 'utf8');
    for (const bundle of bundles) {
      html = html
        .replaceAll(bundleToken('size', bundle.spec.name), `${megabytes.format(bundle.bytes / 1024 / 1024)} MB`)
        .replaceAll(bundleToken('sha256', bundle.spec.name), bundle.sha256);
    }
    if (html.includes('{{bundle-')) throw new Error(`${page} names a bundle that was not built`);
    writeFileSync(page, html);
  }
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  fail(`The offline bundles could not be built: ${(error as Error).message}`);
}
const table = [['bundle', 'files', 'size', 'SHA-256'], ...bundles.map((b) => [`${b.spec.name}.zip`, String(b.files), `${(b.bytes / 1024 / 1024).toFixed(1)} MB`, b.sha256])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`\n${table.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n')}\n`);

// 5. Every link, stylesheet, script and image of the result, and every #anchor.
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

// 6. Swap the new build in.
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
