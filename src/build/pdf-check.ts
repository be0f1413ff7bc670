/** Checks a built PDF with poppler-utils (`pdfinfo`), see src/lib/pdf-facts.ts. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { documentLanguage, linkDestinations, parseDestinations, parsePdfInfo, pdfProblems, type PdfExpectation } from '../lib/pdf-facts.ts';

function pdfinfo(args: string[]): string {
  const result = spawnSync('pdfinfo', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`pdfinfo could not run (apt-get install poppler-utils): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`pdfinfo ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

export function checkPdf(file: string, expected: PdfExpectation): { pages: number; links: number; problems: string[] } {
  const info = parsePdfInfo(pdfinfo([file]));
  const destinations = parseDestinations(pdfinfo(['-dests', file]));
  const pdf = readFileSync(file);
  const links = linkDestinations(pdf);
  return { pages: info.pages, links: links.length, problems: pdfProblems({ info, destinations, links, lang: documentLanguage(pdf) }, expected) };
}
