/**
 * The offline bundles: zip files of the site that work opened from a folder with
 * file://. All bundles are written in one pass over the site, each file made once
 * and added to every bundle that holds it: each page parsed once and rendered per
 * bundle (its parts that are the same in several bundles compressed once), each
 * other file read and compressed once. Nothing is held for a whole bundle, so this
 * can run while Pagefind indexes the site; Pagefind's files are added once it is
 * done. Then each bundle is checked (every link and #anchor resolves inside it, every
 * path extracts safely everywhere), read back from disk and compared, and only then
 * renamed to its final name. Fixed dates and a fixed order: the same commit gives
 * the same bytes.
 */
import { createHash } from 'node:crypto';
import { openSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { planOfflineHtml } from '../lib/offline-html.ts';
import { archivePathProblem } from '../lib/offline-paths.ts';
import { linkChecker, type LinkChecker } from '../lib/html-links.ts';
import { bundleToken, readmeText, type BundleSpec, type ReadmeStrings } from '../lib/bundles.ts';
import { listFiles } from './files.ts';
import { EntryCache, ZipWriter } from './zip-entries.ts';
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
  /** Called as each bundle is done, for progress on the terminal. */
  progress?(message: string): void;
  /**
   * Settles when Pagefind's index is complete (the build indexes the site while the
   * pages are bundled). Until then the pages are yielded between, so Pagefind's
   * messages go on. Without it, the index is taken to be there.
   */
  searchIndex?: Promise<unknown>;
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

/** Paths that would not extract safely with unzip, bsdtar, Python and Windows Explorer, as messages. */
const unsafePaths = (spec: BundleSpec, files: Iterable<string>) =>
  [...files].flatMap((file) => {
    const problem = archivePathProblem(`${spec.name}/${file}`);
    return problem ? [`  ${spec.name}/${file}: ${problem}`] : [];
  });

const throwIfUnsafe = (problems: string[]) => {
  if (problems.length) throw new Error(`paths that would not extract safely:\n${problems.join('\n')}`);
};

/** One bundle while it is written: its zip, what it holds, and its links so far. */
interface OpenBundle {
  spec: BundleSpec;
  files: Set<string>;
  zip: ZipWriter;
  temporary: string;
  links: LinkChecker;
  /** The SHA-256 of each file's bytes, to compare with what is read back. */
  digests: Map<string, string>;
}

const digestOf = (parts: readonly Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

export async function buildBundles(input: BundleInput, specs: readonly BundleSpec[]): Promise<BuiltBundle[]> {
  const codes = input.languages.map((l) => l.code);
  const siteFiles = listFiles(input.siteDir);
  const chosen = specs.map((spec) => filesFor(siteFiles, spec, codes));
  // The site's files in the order the zips take them, and the bundles (indexes in `specs`) that hold each.
  const holders = new Map<string, number[]>();
  chosen.forEach((files, index) => files.forEach((file) => holders.set(file, [...(holders.get(file) ?? []), index])));
  const order = [...holders.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mtime = new Date(`${input.date}T00:00:00Z`);
  const readmes = specs.map((spec) => {
    const parts = spec.languages.map((code) => ({ lang: code, languageName: input.languages.find((l) => l.code === code)!.name, strings: input.readme(code) }));
    return Buffer.from(readmeText(parts, { version: input.version, date: input.date, languages: parts.map((p) => p.languageName).join(', ') }));
  });

  // Every path must extract safely with unzip, bsdtar, Python and Windows Explorer.
  throwIfUnsafe(specs.flatMap((spec, index) => unsafePaths(spec, [...chosen[index]!, 'README.txt'])));

  mkdirSync(input.outDir, { recursive: true });
  const open: OpenBundle[] = [];
  try {
    for (const [index, spec] of specs.entries()) {
      const files = new Set([...chosen[index]!, 'README.txt']);
      const temporary = join(input.outDir, `${spec.name}.zip.partial-${process.pid}`);
      const links = linkChecker((path) => files.has(path.slice(1)));
      open.push({ spec, files, zip: new ZipWriter(openSync(temporary, 'w'), mtime), temporary, links, digests: new Map() });
    }
    const entries = new EntryCache();
    const add = (bundle: OpenBundle, file: string, parts: readonly Uint8Array[]) => {
      bundle.digests.set(file, digestOf(parts));
      bundle.zip.add(`${bundle.spec.name}/${file}`, entries.get(parts));
    };

    // The site, a file at a time, into every bundle that holds it.
    for (const file of order) {
      const holding = holders.get(file)!;
      if (!file.endsWith('.html')) {
        const bytes = readFileSync(join(input.siteDir, file));
        for (const index of holding) add(open[index]!, file, [bytes]);
      } else {
        // A link can differ between the bundles holding this page only if one of them lacks its file.
        const mayLack = (need: string) => {
          const needHolders = holders.get(need);
          return !needHolders || holding.some((bundle) => !needHolders.includes(bundle));
        };
        const plan = planOfflineHtml(readFileSync(join(input.siteDir, file), 'utf8'), file, input.base, mayLack);
        for (const index of holding) {
          const bundle = open[index]!;
          // Pagefind's files, added at the end, are there in every bundle.
          const { html, scan, head, tail } = plan.renderWithScan((need) => bundle.files.has(need) || need.startsWith('pagefind/'));
          bundle.links.add(`/${file}`, scan);
          add(bundle, file, [Buffer.from(html.slice(0, head)), Buffer.from(html.slice(head, tail)), Buffer.from(html.slice(tail))]);
        }
      }
      entries.clear();
      if (input.searchIndex) await new Promise((resolve) => setImmediate(resolve));
    }
    for (const [index, bundle] of open.entries()) add(bundle, 'README.txt', [readmes[index]!]);

    // Search: Pagefind as a classic script, and each bundled language's index.
    await input.searchIndex;
    const pagefindDir = join(input.siteDir, 'pagefind');
    const classic = Buffer.from(pagefindClassicScript(pagefindDir));
    // Each bundle's search files, by name, with how to make them.
    const searchFiles = open.map((bundle) => {
      const indexed = offlineLanguages(pagefindDir, bundle.spec.languages.map((code) => input.languages.find((l) => l.code === code)!.pagefind));
      const scripts = indexed.map((lang): [string, () => Uint8Array] => [`pagefind/offline-${lang}.js`, () => Buffer.from(offlineIndexScript(pagefindDir, lang, indexed))]);
      return new Map<string, () => Uint8Array>([['pagefind/pagefind-classic.js', () => classic], ...scripts]);
    });
    throwIfUnsafe(open.flatMap((bundle, index) => unsafePaths(bundle.spec, searchFiles[index]!.keys())));
    open.forEach((bundle, index) => {
      for (const [file, make] of searchFiles[index]!) {
        bundle.files.add(file);
        add(bundle, file, [make()]);
      }
    });

    const built: BuiltBundle[] = [];
    for (const bundle of open) {
      const { spec } = bundle;
      const written = bundle.zip.end();
      // Every link and #anchor must resolve inside the bundle: checked on what each
      // page links to as rendered for this bundle, by lookup in the bundle's files.
      const broken = bundle.links.finish();
      if (broken.length > 0) {
        throw new Error(`${spec.name}: ${broken.length} broken links, e.g.\n${broken.slice(0, 10).map((b) => `  ${b.page}: "${b.ref}" ${b.reason}`).join('\n')}`);
      }
      // Read back from disk before it may take the final name, a batch of entries at a
      // time (readBack), so the unpacked files are never all in memory at once.
      const back = readBack(bundle.temporary);
      if (back.sha256 !== written.sha256) throw new Error(`${spec.name}: the file on disk differs from what was written`);
      if (back.entries.size !== bundle.digests.size) throw new Error(`${spec.name}: wrote ${bundle.digests.size} files but read back ${back.entries.size}`);
      for (const [file, digest] of bundle.digests) {
        if (back.entries.get(`${spec.name}/${file}`) !== digest) throw new Error(`${spec.name}: ${file} did not read back identical`);
      }
      built.push({ spec, file: join(input.outDir, `${spec.name}.zip`), files: bundle.digests.size, bytes: written.bytes, sha256: written.sha256 });
      input.progress?.(`${spec.name}.zip: ${bundle.digests.size} files, ${(written.bytes / 1024 / 1024).toFixed(1)} MB`);
    }
    for (const [index, bundle] of open.entries()) renameSync(bundle.temporary, built[index]!.file);
    input.progress?.(`${entries.misses} parts compressed, ${entries.hits} reused; ${order.filter((f) => f.endsWith('.html')).length} pages parsed once each`);
    const sums = built.map((b) => `${b.sha256}  ${b.spec.name}.zip\n`).join('');
    const sumsPath = join(input.outDir, 'SHA256SUMS');
    writeFileSync(`${sumsPath}.partial-${process.pid}`, sums);
    renameSync(`${sumsPath}.partial-${process.pid}`, sumsPath);
    return built;
  } finally {
    for (const bundle of open) {
      bundle.zip.close();
      rmSync(bundle.temporary, { force: true });
    }
  }
}

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
    for (const [name, bytes] of Object.entries(unpacked)) entries.set(name, digestOf([bytes]));
  }
  return { sha256: createHash('sha256').update(onDisk).digest('hex'), entries };
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
