/**
 * Facts about a built PDF, read from poppler's `pdfinfo` output and from the
 * file itself, to check the PDF editions: page count, title, language, A4, and
 * that every internal link goes to a destination the PDF has.
 */

export interface PdfInfo {
  pages: number;
  title: string;
  tagged: boolean;
  /** Whether the pages are A4 (pdfinfo names the size). */
  a4: boolean;
}

/** `pdfinfo file.pdf` output → the facts we check. */
export function parsePdfInfo(text: string): PdfInfo {
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), title: field('Title'), tagged: field('Tagged') === 'yes', a4: /\(A4\)/.test(field('Page size')) };
}

/** `pdfinfo -dests file.pdf` output → the named destinations ("about--purpose"). */
export function parseDestinations(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*\d+\s+\[[^\]]*\]\s+"(.*)"\s*$/gm)].map((m) => m[1]!));
}

/** A PDF name object's text: "#2D" escapes decoded. */
const pdfName = (raw: string) => Buffer.from(raw.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/**
 * The destinations that the PDF's internal links point to. Chromium writes link
 * annotations as plain dictionaries ("/Dest /about--purpose"); page content is
 * compressed and cannot contain this pattern by accident.
 */
export function linkDestinations(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/Dest\s*\/([^\s/<>[\]()]+)/g)].map((m) => pdfName(m[1]!));
}

/** Number of links to web addresses. */
export const uriLinks = (pdf: Buffer): number => pdf.toString('latin1').match(/\/S\s*\/URI/g)?.length ?? 0;

/**
 * The document language: the /Lang of the catalog (the last one written, as an
 * incremental update replaces it), not that of a tagged part (an English chapter).
 */
export function documentLanguage(pdf: Buffer): string | undefined {
  const catalogs = [...pdf.toString('latin1').matchAll(/<<\s*\/Type\s*\/Catalog\b([^]*?)\nendobj/g)];
  return /\/Lang\s*\(([^)]*)\)/.exec(catalogs.at(-1)?.[1] ?? '')?.[1];
}

export interface PdfExpectation {
  lang: string;
  title: string;
  minPages: number;
  maxPages: number;
}

/** Everything wrong with a PDF, as sentences; empty when it is as expected. */
export function pdfProblems(facts: { info: PdfInfo; destinations: Set<string>; links: string[]; lang: string | undefined }, expected: PdfExpectation): string[] {
  const problems: string[] = [];
  const { info } = facts;
  if (info.pages < expected.minPages || info.pages > expected.maxPages) problems.push(`has ${info.pages} pages, expected ${expected.minPages}–${expected.maxPages}`);
  if (!info.title.startsWith(expected.title)) problems.push(`title is "${info.title}", expected "${expected.title}"`);
  if (!info.tagged) problems.push('is not tagged (no structure for screen readers)');
  if (!info.a4) problems.push('pages are not A4');
  if (facts.lang !== expected.lang) problems.push(`document language is ${facts.lang ?? 'not set'}, expected ${expected.lang}`);
  if (facts.links.length === 0) problems.push('has no internal links (the table of contents should link to the chapters)');
  const broken = [...new Set(facts.links.filter((name) => !facts.destinations.has(name)))];
  if (broken.length) problems.push(`internal links to missing destinations: ${broken.slice(0, 5).join(', ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}`);
  return problems;
}
