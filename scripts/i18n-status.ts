/**
 * npm run i18n:status — every chapter and model per language: translated,
 * outdated or missing, with the review state. The same table as the site's
 * translation-status page. Then per language: glossary and interface coverage,
 * the term base and the problems the translation checks found. `--json` prints it as JSON.
 */
import { contentDir } from '../src/lib/content-files.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { readTranslationState } from '../src/lib/translation-report.ts';
import { statusSummary, type StatusOf } from '../src/lib/translation-status.ts';

const { codes, tables, reports, gaps } = readTranslationState(contentDir());

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...Object.fromEntries(tables), languages: reports, editions: gaps }, null, 2));
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

const header = ['', 'glossary', 'outdated', 'helplines', 'outdated', 'interface', 'term base', 'term problems', 'structure problems'];
const body = reports.map((r) => [
  r.lang,
  `${r.glossary.translated}/${r.glossary.total}`,
  String(r.glossary.outdated),
  `${r.helplines.translated}/${r.helplines.total}`,
  String(r.helplines.outdated),
  `${r.ui.translated}/${r.ui.total}`,
  r.termBase ? `${r.termBase.covered}/${r.termBase.total}` : '-',
  String(r.termBaseProblems.length),
  String(r.structureProblems.length),
]);
const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`\nGlossary, helplines, interface and term base\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${body.map(line).join('\n')}`);
console.log('glossary, helplines = entries translated from the current English entry (helplines: content/helplines/<lang>.yaml); outdated = the English entry changed since; term base = concepts covered (- = none yet).');
for (const r of reports) {
  if (r.glossary.outdatedIds.length) console.log(`\n${r.lang}: outdated glossary entries: ${r.glossary.outdatedIds.join(', ')}`);
  if (r.helplines.outdatedIds.length) console.log(`\n${r.lang}: outdated helpline texts: ${r.helplines.outdatedIds.join(', ')}`);
  if (r.termBase?.missing.length) console.log(`\n${r.lang}: concepts missing from the term base: ${r.termBase.missing.join(', ')}`);
  const found = [...r.termBaseProblems, ...r.structureProblems];
  if (found.length) console.log(`\n${r.lang}: ${found.length} problem${found.length === 1 ? '' : 's'}\n${found.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
}

const editions = gaps.filter((g) => g.complete);
if (editions.length) {
  console.log('\nComplete editions (content/languages.json "complete": true): nothing may be missing');
  for (const g of editions) {
    console.log(`  ${g.lang}: ${g.missing.length ? `MISSING ${g.missing.join(', ')}` : 'nothing missing'}${g.outdated.length ? `; outdated: ${g.outdated.join(', ')}` : ''}`);
  }
}
