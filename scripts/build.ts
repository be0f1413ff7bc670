/**
 * npm run build: checks the content, builds the site into a temporary folder,
 * checks every link of the result, and only then replaces dist/. When anything
 * fails, the previous dist/ stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runContentCheck } from '../src/build/content-check-run.ts';
import { contentDir, readLanguageList, readUiStrings, valueOrThrow } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { basePathProblem, normaliseBase } from '../src/lib/routes.ts';
import { createTranslator } from '../src/lib/i18n.ts';
import { bundleSpecs } from '../src/lib/bundles.ts';
import { buildSearchIndex } from '../src/build/search-index.ts';
import { buildBundles, writeBundleFacts, type BuiltBundle } from '../src/build/bundles.ts';
import { checkSiteLinks } from '../src/build/site-links.ts';
import { stepTimer } from '../src/build/step-times.ts';
import { startAstroBuild } from '../src/build/astro-build.ts';
import { buildEditions } from '../src/build/editions.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = resolve(root, process.env.STROM_DIST ?? 'dist');
const workDir = resolve(root, '.build');
const started = performance.now();
const steps = stepTimer();
const fail = (message: string): never => {
  console.error(`\n${message}\nThe build stopped; ${relative(process.cwd(), outDir) || outDir} was not changed.`);
  process.exit(1);
};

const content = contentDir(root);
const base = normaliseBase(process.env.BASE_PATH);
// --pdf (npm run pdf): also print the PDF editions, which takes a browser and a few minutes.
const withPdf = process.argv.includes('--pdf');

// The version and date the pages and bundles carry: from package.json and the
// commit, so building the same commit twice gives identical files.
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const buildDate = (() => {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString().slice(0, 10);
  const git = spawnSync('git', ['log', '-1', '--format=%cs'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 && /^\d{4}-\d{2}-\d{2}$/.test(git.stdout.trim()) ? git.stdout.trim() : new Date().toISOString().slice(0, 10);
})();

// 2. Astro, into a fresh temporary folder (started before the content check: see below).
mkdirSync(workDir, { recursive: true });
const tempDir = join(workDir, `dist-${process.pid}-${Date.now()}`);
// Vite-style variables in the environment (test runners set BASE_URL=/) would
// override the configured base; BASE_PATH is the only way to set it.
const astroEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
);
// --force: Astro's content cache remembers file paths by content; a build from
// another content folder (STROM_CONTENT_DIR) must not reuse them.
// Astro starts at once and works on the other core while the content is checked.
const astro = startAstroBuild(join(root, 'node_modules/astro/bin/astro.mjs'), root, {
  ...astroEnv,
  STROM_OUT_DIR: tempDir,
  STROM_VERSION: version,
  STROM_BUILD_DATE: buildDate,
  STROM_PDF: withPdf ? '1' : '',
});

// 1. Content: every problem at once.
const report = await runContentCheck(join(root, 'scripts/check-content.ts'), content).catch(async (error: Error) => {
  await astro.cancel();
  rmSync(tempDir, { recursive: true, force: true });
  return fail(error.message);
});
const basePath = basePathProblem(process.env.BASE_PATH);
if (basePath) report.problems.unshift({ file: 'BASE_PATH', ...basePath });
if (report.problems.length > 0) {
  await astro.cancel();
  rmSync(tempDir, { recursive: true, force: true });
  fail(formatProblems(report.problems));
}
console.log(`Content OK: ${report.documents} documents in ${report.languages} languages${report.reused ? ' (unchanged since the last check)' : ''}.`);
steps.lap('content');
const languageList = valueOrThrow(readLanguageList(content));
const languageCodes = languageList.languages.map((l) => l.code);

if ((await astro.finish()) !== 0) {
  rmSync(tempDir, { recursive: true, force: true });
  fail('Astro could not build the site (see the messages above).');
}
steps.lap('astro');

// 3. The print and e-book editions (src/build/editions.ts): before the search index,
// which indexes the downloads pages with the editions' sizes filled in.
try {
  await buildEditions({ siteDir: tempDir, content, languages: languageList, base, version, date: buildDate, pdf: withPdf, log: (message) => console.log(message) });
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  fail(`The print editions could not be built: ${(error as Error).message}`);
}
steps.lap('editions');

// 4. The search index, one per language, and 5. the offline bundles. Pagefind works
// in its own process while this one writes the bundles (both cores busy); Pagefind's
// files go into the bundles last, once it is done.
const searchIndex = buildSearchIndex(tempDir, languageList.languages).then(
  (summary) => ({ summary, error: undefined }),
  (error: Error) => ({ summary: undefined, error }),
);
const sourceStrings = valueOrThrow(readUiStrings(content, languageList.source));
const translators = new Map(languageCodes.map((code) => [code, createTranslator(valueOrThrow(readUiStrings(content, code)), sourceStrings)]));
const bundling = buildBundles(
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
    searchIndex,
  },
  bundleSpecs(version, languageCodes, languageList.source),
).then(
  (bundles) => ({ bundles, error: undefined }),
  (error: Error) => ({ bundles: undefined, error }),
);
const search = await searchIndex;
if (search.error) {
  await bundling;
  rmSync(tempDir, { recursive: true, force: true });
  fail(`The search index could not be built: ${search.error.message}`);
}
const perLanguage = Object.entries(search.summary!.languages).map(([lang, count]) => `${lang} ${count}`).join(', ');
console.log(`Search index: ${search.summary!.pages} pages (${perLanguage}), ${(search.summary!.bytes / 1024).toFixed(0)} KB.`);
steps.lap('search');

// The bundles' sizes and checksums on the downloads pages.
console.log('Offline bundles:');
const bundled = await bundling;
let bundles: BuiltBundle[] = [];
try {
  if (bundled.error) throw bundled.error;
  bundles = bundled.bundles!;
  writeBundleFacts(tempDir, languageCodes, bundles);
} catch (error) {
  rmSync(tempDir, { recursive: true, force: true });
  fail(`The offline bundles could not be built: ${(error as Error).message}`);
}
steps.lap('bundles');
const table = [['bundle', 'files', 'size', 'SHA-256'], ...bundles.map((b) => [`${b.spec.name}.zip`, String(b.files), `${(b.bytes / 1024 / 1024).toFixed(1)} MB`, b.sha256])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`\n${table.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n')}\n`);

// 6. Every link, stylesheet, script and image of the result, and every #anchor.
const links = checkSiteLinks(tempDir, base);
if (links.broken.length > 0) {
  rmSync(tempDir, { recursive: true, force: true });
  fail(`${links.broken.map((b) => `${b.page}  broken link "${b.ref}": ${b.reason}`).join('\n')}\n\n${links.broken.length} broken links in the built site.`);
}

steps.lap('links');

// 7. Swap the new build in.
const oldDir = join(workDir, `old-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tempDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
steps.lap('swap');
console.log(steps.line());
console.log(`\nBuilt ${links.pages} pages (${links.files} files) into ${relative(process.cwd(), outDir) || outDir} in ${seconds} s, base ${base}.`);

