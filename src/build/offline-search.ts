/**
 * Pagefind for file://. Browsers refuse module scripts and fetch() there, so the
 * bundle carries Pagefind as a classic script and each language's index files
 * inside a classic script (base64), which the search backend serves to Pagefind
 * in place of the network. The search itself is the same Pagefind as online.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const offlineFilesGlobal = 'STROM_PAGEFIND_FILES';
export const pagefindClassicGlobal = 'STROM_PAGEFIND';

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [key: string]: unknown;
}

/** pagefind.js as a classic script that puts its exports on a global. */
export function pagefindClassicScript(pagefindDir: string): string {
  const module = readFileSync(join(pagefindDir, 'pagefind.js'), 'utf8');
  const exportStatement = /export\s*\{([^}]*)\};?\s*$/;
  const match = exportStatement.exec(module);
  if (!match) throw new Error('pagefind.js has no export statement at its end; the offline conversion needs updating for this Pagefind version');
  const exported = match[1]!
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const [local, as] = name.split(/\s+as\s+/);
      return `${as ?? local}: ${local}`;
    });
  // import.meta only serves to guess the base path, which the site passes itself.
  // The IIFE keeps Pagefind's top-level names from clashing with page globals.
  const body = module.replace(exportStatement, '').replace(/import\.meta\.url/g, 'undefined');
  if (/\bimport\s*\(|\bimport\.meta\b|^\s*import\s/m.test(body)) throw new Error('pagefind.js still uses module features after conversion');
  return `(function(){${body}\nwindow.${pagefindClassicGlobal}={${exported.join(',')}};})();\n`;
}

/** Pagefind languages a bundle's index has, limited to the languages bundled. */
export function offlineLanguages(pagefindDir: string, pagefindLanguages: readonly string[]): string[] {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as Entry;
  return pagefindLanguages.filter((lang) => entry.languages[lang]);
}

/**
 * The index files of one language as a classic script. The entry file lists only
 * `bundleLanguages`, so a bundle never claims an index it does not carry.
 */
export function offlineIndexScript(pagefindDir: string, lang: string, bundleLanguages: readonly string[]): string {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const info = entry.languages[lang];
  if (!info) throw new Error(`Pagefind has no index for "${lang}"`);
  const limited: Entry = { ...entry, languages: Object.fromEntries(Object.entries(entry.languages).filter(([code]) => bundleLanguages.includes(code))) };
  const prefix = `${info.hash.split('_')[0]}_`;
  const files: Record<string, string> = {
    'pagefind-entry.json': Buffer.from(JSON.stringify(limited)).toString('base64'),
  };
  const add = (name: string) => (files[name] = readFileSync(join(pagefindDir, name)).toString('base64'));
  add(`pagefind.${info.hash}.pf_meta`);
  add(`wasm.${info.wasm ?? 'unknown'}.pagefind`);
  for (const folder of ['index', 'fragment', 'filter']) {
    const dir = join(pagefindDir, folder);
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.startsWith(prefix)) add(`${folder}/${name}`);
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  return `window.${offlineFilesGlobal}=Object.assign(window.${offlineFilesGlobal}||{},${JSON.stringify(sorted)});\n`;
}
