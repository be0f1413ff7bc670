/**
 * Checks content/ and prints every problem with file, line and a hint.
 * Exit code 1 when there is any problem.
 *
 *   node scripts/check-content.ts           check
 *   node scripts/check-content.ts --words   also count the words of every English chapter and model
 *   node scripts/check-content.ts --json    print the report as JSON (for npm run build)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkContent } from '../src/lib/content-check.ts';
import { cachedContentReport } from '../src/build/content-report-cache.ts';
import { contentDir, listDocumentFiles, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';
import { parseMdx } from '../src/lib/mdx-document.ts';
import { wordCount } from '../src/lib/editorial-rules.ts';

const dir = contentDir();
const report = cachedContentReport(dir, () => checkContent(dir));
// --json: the report for npm run build, which runs the check in a process of its own.
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(report));
  process.exit(report.problems.length > 0 ? 1 : 0);
}
if (report.problems.length > 0) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
console.log(`Content OK: ${report.documents} documents in ${report.languages} languages${report.reused ? ' (unchanged since the last check)' : ''}.`);

if (process.argv.includes('--words')) {
  const source = valueOrThrow(readLanguageList(dir)).source;
  for (const collection of ['chapters', 'models'] as const) {
    let total = 0;
    console.log(`\n${collection} (${source})`);
    for (const { lang, path } of listDocumentFiles(dir, collection)) {
      if (lang !== source) continue;
      const words = wordCount(parseMdx(path, readFileSync(path, 'utf8')).tree!);
      total += words;
      console.log(`  ${basename(path, '.mdx').padEnd(28)} ${String(words).padStart(6)}`);
    }
    console.log(`  ${'total'.padEnd(28)} ${String(total).padStart(6)}`);
  }
}
