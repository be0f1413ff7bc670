/**
 * The offline bundles: zip files of the site that work opened from a folder with
 * file://. Each is assembled (every page parsed once for all bundles, rendered for
 * this one), checked (every link and #anchor resolves inside the bundle, every path
 * extracts safely everywhere), zipped with fixed dates in sorted order so the same
 * commit gives the same bytes (each entry compressed once for every zip holding
 * it, written to disk as it is made), read back from disk and compared, and only
 * then renamed to its final name.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { planOfflineHtml, type OfflinePlan } from '../lib/offline-html.ts';
import { archivePathProblem } from '../lib/offline-paths.ts';
import { findBrokenLinks, type PageScan } from '../lib/html-links.ts';
import { bundleToken, readmeText, type BundleSpec, type ReadmeStrings } from '../lib/bundles.ts';
import { listFiles } from './files.ts';
import { EntryCache, writeZip } from './zip-entries.ts';
import type { Language } from '../lib/schemas.ts';
import { offlineIndexScript, offlineLanguages, pagefindClassicScript } from './offline-search.ts';

export interface BundleInput {
  siteDir: string;
  outDir: string;
  base: string;
  languages: readonly Language[];
  version: string;
  /** YYYY-MM-DD: the date every zip entry carries. */
  date: string;
  readme(lang: string): ReadmeStrings;
  /** Called as each bundle starts and ends, for progress on the terminal. */
  progress?(message: string): void;
}

export interface BuiltBundle {
  spec: BundleSpec;
  file: string;
  files: number;
  bytes: number;
  sha256: string;
}

/** Site files that only make sense online. */
// Link previews (og.png) are for chat and e-mail programs online, not for readers of a copy.
const onlineOnly = /^(bundles\/|pagefind\/|sitemap\.xml$|robots\.txt$|_headers$|404\.html$)|\/og\.png$/;

/** Which site files a bundle takes: its languages' pages and search scripts, and everything shared. */
function filesFor(all: readonly string[], spec: BundleSpec, languageCodes: readonly string[]): string[] {
  return all.filter((file) => {
    if (onlineOnly.test(file)) return false;
    const first = file.split('/')[0]!;
    if (languageCodes.includes(first) && file.includes('/')) return spec.languages.includes(first);
    const search = /^js\/search\.([^.]+)\.js$/.exec(file);
    if (search) return spec.languages.includes(search[1]!);
    return true;
  });
}

/** What every bundle of one build shares: each page parsed once, each entry compressed once. */
export interface BundleWork {
  siteFiles: readonly string[];
  plans: Map<string, OfflinePlan>;
  entries: EntryCache;
}

export function bundleWork(siteDir: string): BundleWork {
  return { siteFiles: listFiles(siteDir), plans: new Map(), entries: new EntryCache() };
}

/**
 * Parses every page a bundle may take, ahead of the bundles. The build does this
 * while Pagefind indexes the site in its own process (the pages are only read),
 * and yields after each page so that the messages to and from Pagefind go on.
 */
export async function planBundlePages(work: BundleWork, siteDir: string, base: string): Promise<void> {
  for (const file of work.siteFiles) {
    if (!file.endsWith('.html') || onlineOnly.test(file) || work.plans.has(file)) continue;
    work.plans.set(file, planOfflineHtml(readFileSync(join(siteDir, file), 'utf8'), file, base));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export function buildBundle(input: BundleInput, spec: BundleSpec, work: BundleWork = bundleWork(input.siteDir)): BuiltBundle {
  const codes = input.languages.map((l) => l.code);
  const chosen = filesFor(work.siteFiles, spec, codes);
  const chosenSet = new Set(chosen);
  const content = new Map<string, Uint8Array>();
  const pagefindDir = join(input.siteDir, 'pagefind');

  // Search: Pagefind as a classic script, and each bundled language's index.
  const pagefindLanguages = spec.languages.map((code) => input.languages.find((l) => l.code === code)!.pagefind);
  const indexed = offlineLanguages(pagefindDir, pagefindLanguages);
  content.set('pagefind/pagefind-classic.js', Buffer.from(pagefindClassicScript(pagefindDir)));
  for (const lang of indexed) content.set(`pagefind/offline-${lang}.js`, Buffer.from(offlineIndexScript(pagefindDir, lang, indexed)));

  // Every link and #anchor must resolve inside the bundle: checked on what each
  // page links to as rendered for this bundle, by lookup in the bundle's files.
  const pages = new Map<string, PageScan>();
  const has = (file: string) => chosenSet.has(file) || content.has(file);
  for (const file of chosen) {
    if (!file.endsWith('.html')) {
      content.set(file, readFileSync(join(input.siteDir, file)));
      continue;
    }
    let plan = work.plans.get(file);
    if (!plan) {
      plan = planOfflineHtml(readFileSync(join(input.siteDir, file), 'utf8'), file, input.base);
      work.plans.set(file, plan);
    }
    const { html, scan } = plan.renderWithScan(has);
    content.set(file, Buffer.from(html));
    pages.set(`/${file}`, scan);
  }

  const readmeParts = spec.languages.map((code) => ({
    lang: code,
    languageName: input.languages.find((l) => l.code === code)!.name,
    strings: input.readme(code),
  }));
  const languageNames = readmeParts.map((p) => p.languageName).join(', ');
  content.set('README.txt', Buffer.from(readmeText(readmeParts, { version: input.version, date: input.date, languages: languageNames })));

  const broken = findBrokenLinks(pages, (path) => content.has(path.slice(1)));
  if (broken.length > 0) {
    throw new Error(`${spec.name}: ${broken.length} broken links, e.g.\n${broken.slice(0, 10).map((b) => `  ${b.page}: "${b.ref}" ${b.reason}`).join('\n')}`);
  }

  // Every path must extract safely with unzip, bsdtar, Python and Windows Explorer.
  const sorted = [...content.keys()].sort();
  const problems = sorted.flatMap((file) => {
    const problem = archivePathProblem(`${spec.name}/${file}`);
    return problem ? [`  ${spec.name}/${file}: ${problem}`] : [];
  });
  if (problems.length) throw new Error(`${spec.name}: paths that would not extract safely:\n${problems.join('\n')}`);

  mkdirSync(input.outDir, { recursive: true });
  const finalPath = join(input.outDir, `${spec.name}.zip`);
  const temporary = `${finalPath}.partial-${process.pid}`;
  try {
    const mtime = new Date(`${input.date}T00:00:00Z`);
    const written = writeZip(temporary, sorted.map((file) => [`${spec.name}/${file}`, content.get(file)!] as [string, Uint8Array]), mtime, work.entries);

    // Read it back from disk before it may take the final name, a batch of entries at a
    // time (readBack), so the unpacked files are never all in memory at once.
    const back = readBack(temporary);
    if (back.sha256 !== written.sha256) throw new Error(`${spec.name}: the file on disk differs from what was written`);
    if (back.entries.size !== content.size) throw new Error(`${spec.name}: wrote ${content.size} files but read back ${back.entries.size}`);
    for (const [file, bytes] of content) {
      if (back.entries.get(`${spec.name}/${file}`) !== entryDigest(bytes)) throw new Error(`${spec.name}: ${file} did not read back identical`);
    }
    renameSync(temporary, finalPath);
    return { spec, file: finalPath, files: content.size, bytes: written.bytes, sha256: written.sha256 };
  } finally {
    rmSync(temporary, { force: true });
  }
}

const entryDigest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A zip file on disk: its SHA-256, and each entry's name and unpacked SHA-256. Entries
 * are unpacked a batch at a time (fflate's filter), so the unpacked files are never all
 * in memory at once. (fflate's streaming Unzip cannot be used: it stops at the EPUB,
 * a zip inside the zip.)
 */
function readBack(path: string): { sha256: string; entries: Map<string, string> } {
  const onDisk = readFileSync(path);
  const data = new Uint8Array(onDisk.buffer, onDisk.byteOffset, onDisk.byteLength);
  const entries = new Map<string, string>();
  const batch = 256;
  for (let first = 0, done = false; !done; first += batch) {
    let index = -1;
    const unpacked = unzipSync(data, {
      filter: () => {
        index++;
        return index >= first && index < first + batch;
      },
    });
    done = index < first + batch;
    for (const [name, bytes] of Object.entries(unpacked)) entries.set(name, entryDigest(bytes));
  }
  return { sha256: createHash('sha256').update(onDisk).digest('hex'), entries };
}

export function buildBundles(input: BundleInput, specs: readonly BundleSpec[], work: BundleWork = bundleWork(input.siteDir)): BuiltBundle[] {
  const built: BuiltBundle[] = [];
  specs.forEach((spec, index) => {
    input.progress?.(`[${index + 1}/${specs.length}] ${spec.name}.zip (${spec.languages.join(', ')}) …`);
    const bundle = buildBundle(input, spec, work);
    input.progress?.(`[${index + 1}/${specs.length}] ${spec.name}.zip: ${bundle.files} files, ${(bundle.bytes / 1024 / 1024).toFixed(1)} MB`);
    built.push(bundle);
  });
  input.progress?.(`${work.entries.misses} entries compressed, ${work.entries.hits} reused; ${work.plans.size} pages parsed once each`);
  const sums = built.map((b) => `${b.sha256}  ${b.spec.name}.zip\n`).join('');
  const sumsPath = join(input.outDir, 'SHA256SUMS');
  writeFileSync(`${sumsPath}.partial-${process.pid}`, sums);
  renameSync(`${sumsPath}.partial-${process.pid}`, sumsPath);
  return built;
}

/**
 * The downloads page of each language carries placeholders for the bundles' sizes
 * and checksums, which exist only now: fill them in, sizes in the page's language.
 */
export function writeBundleFacts(siteDir: string, languageCodes: readonly string[], bundles: readonly BuiltBundle[]): void {
  for (const code of languageCodes) {
    const page = join(siteDir, code, 'downloads', 'index.html');
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
}
