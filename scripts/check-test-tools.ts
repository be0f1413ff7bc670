/**
 * Runs before `npm test` (as its "pretest" script): stops at once, with one line per
 * missing program, when the machine lacks what the tests drive.
 */
import { existsSync } from 'node:fs';
import { missingTestTools, testTools } from '../src/lib/test-tools.ts';

const missing = missingTestTools(existsSync, process.env);
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  console.error(`All at once: apt-get install -y ${testTools.map((tool) => tool.debianPackage).join(' ')}. Without them, \`npm run test:unit\` still runs.`);
  process.exit(1);
}
