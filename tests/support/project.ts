/** Facts about the project that tests compare against: its version, languages and interface strings. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

export const languages = (JSON.parse(readFileSync('content/languages.json', 'utf8')) as { languages: { code: string; name: string }[] }).languages;

/** The interface strings of a language, as in content/ui/<lang>.json. */
export const uiStrings = (lang: string) => JSON.parse(readFileSync(`content/ui/${lang}.json`, 'utf8')) as Record<string, string>;

/** "all" or a language code → the bundle's file and root-folder name. */
export const bundleName = (key: string) => `strom-guidelines-${packageVersion}-${key}`;

/** Unzips a bundle into `folder`, as a reader would. */
export function extractZip(zip: string, folder: string): void {
  for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
}
