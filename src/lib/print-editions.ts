/**
 * The print and e-book editions' file names and the placeholders the downloads
 * page carries until the files exist (like the bundles' in bundles.ts).
 */
import { bundlePrefix } from './bundles.ts';

export type EditionFormat = 'pdf' | 'epub';

/** "strom-guidelines-0.1.0-lv.pdf", saved beside the language's downloads page. */
export const editionFileName = (format: EditionFormat, version: string, lang: string) => `${bundlePrefix}-${version}-${lang}.${format}`;
export const pdfFileName = (version: string, lang: string) => editionFileName('pdf', version, lang);

/** The placeholder for an edition's size on the downloads page. */
export const editionToken = (format: EditionFormat, lang: string) => `{{edition-size:${format}:${lang}}}`;
