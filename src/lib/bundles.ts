/**
 * Which offline bundles the build makes and what goes in them: one with every
 * language, and one per language that also holds the source language (English),
 * so a reader can always compare with the original text.
 */
import { interpolate } from './i18n.ts';

export interface BundleSpec {
  /** File and root-folder name: "strom-guidelines-0.1.0-lv". */
  name: string;
  /** Language codes in the bundle, the bundle's own language first. */
  languages: string[];
  /** "all" or the language code. */
  key: string;
}

export const bundlePrefix = 'strom-guidelines';

export function bundleSpecs(version: string, languageCodes: readonly string[], sourceLang: string): BundleSpec[] {
  return [
    { name: `${bundlePrefix}-${version}-all`, key: 'all', languages: [...languageCodes] },
    ...languageCodes.map((code) => ({
      name: `${bundlePrefix}-${version}-${code}`,
      key: code,
      languages: code === sourceLang ? [code] : [code, sourceLang],
    })),
  ];
}

/** The placeholders the downloads page carries until the bundles exist. */
export const bundleToken = (field: 'size' | 'sha256', name: string) => `{{bundle-${field}:${name}}}`;

export interface ReadmeStrings {
  title: string;
  open: string;
  contents: string;
  check: string;
}

/**
 * README.txt: the same short text in every language of the bundle, its own
 * language first. Windows line endings and a byte-order mark, so that Notepad on
 * old office PCs shows every letter.
 */
export function readmeText(
  parts: { lang: string; languageName: string; strings: ReadmeStrings }[],
  values: { version: string; date: string; languages: string },
): string {
  const sections = parts.map(({ languageName, strings }) => {
    const title = strings.title;
    return [`[${languageName}]`, title, '='.repeat(Math.min(title.length, 72)), '', strings.open, '', interpolate(strings.contents, values), strings.check].join('\r\n');
  });
  return `\ufeff${sections.join('\r\n\r\n\r\n')}\r\n`;
}
