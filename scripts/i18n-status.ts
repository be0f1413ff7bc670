/**
 * npm run i18n:status — every chapter and model per language: translated,
 * outdated or missing, with the review state. The same table as the site's
 * translation-status page. `--json` prints it as JSON.
 */
import { contentDir, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { readDocumentData } from '../src/lib/documents.ts';
import { statusSummary, statusTable, type StatusOf, type StatusRow } from '../src/lib/translation-status.ts';

const dir = contentDir();
const languages = valueOrThrow(readLanguageList(dir));
const codes = languages.languages.map((l) => l.code);
const tables: [string, StatusRow[]][] = [
  ['Chapters', statusTable(codes, languages.source, readDocumentData(dir, 'chapters'))],
  ['Implementation models', statusTable(codes, languages.source, readDocumentData(dir, 'models'))],
];

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(tables), null, 2));
  process.exit(0);
}

const mark = (s: StatusOf): string =>
  ({ source: 'source', translated: 'ok', outdated: 'OUTDATED', missing: '-' })[s.status] +
  (s.review && s.review !== 'reviewed' ? ` (${s.review})` : s.review === 'reviewed' ? ' (reviewed)' : '');

for (const [title, rows] of tables) {
  const header = ['', ...codes];
  const body = rows.map((row) => [row.id, ...row.cells.map((cell) => mark(cell.status))]);
  const totals = ['done', ...codes.map((code) => {
    const s = statusSummary(rows, code);
    return `${s.source + s.translated}/${rows.length}`;
  })];
  const all = [header, ...body, totals];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${body.map(line).join('\n')}\n${line(totals)}`);
}
console.log('\nok = translated from the current English version; OUTDATED = the English text changed since; - = missing (English shown).');
