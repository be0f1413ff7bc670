/**
 * Checks content/ and prints every problem with file, line and a hint.
 * Exit code 1 when there is any problem. Usage: node scripts/check-content.ts
 */
import { checkContent } from '../src/lib/content-check.ts';
import { contentDir } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/problems.ts';

const report = checkContent(contentDir());
if (report.problems.length > 0) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
console.log(`Content OK: ${report.documents} documents in ${report.languages} languages.`);
