/**
 * npm run bench — measures the built site in dist/ (run `npm run build` first).
 *
 * Page weight: what a first visit to a chapter page downloads, gzip-compressed:
 * the HTML plus every stylesheet and script it loads (the favicon is reported
 * apart). Budget: 13 KB for the median chapter page. The figures' pages are
 * reported too (their SVGs are part of the HTML): every model page within 20 KB,
 * the map page (models index) within 40 KB, the comparison and country pages.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanHtml } from '../src/lib/html-links.ts';
import { contentDir, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { normaliseBase, parsePagePath } from '../src/lib/routes.ts';
import { sitePathForFile } from '../src/lib/offline-paths.ts';
import { listFiles } from '../src/build/files.ts';

const dist = process.env.STROM_DIST ?? 'dist';
const base = normaliseBase(process.env.BASE_PATH);
const budgetBytes = 13 * 1024;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run npm run build first.`);
  process.exit(1);
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;
const fileFor = (url: string) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]!).slice(base.length));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** First-visit weight of one page: HTML, CSS and JS, each gzip-compressed. */
function pageWeight(htmlFile: string) {
  const html = readFileSync(htmlFile, 'utf8');
  const { refs } = scanHtml(html);
  const assets = new Set(
    refs.filter((r) => (r.tag === 'link' && r.value.endsWith('.css')) || (r.tag === 'script' && r.attr === 'src')).map((r) => r.value),
  );
  let css = 0;
  let js = 0;
  for (const url of assets) {
    const size = gz(fileFor(url));
    if (url.includes('.css')) css += size;
    else js += size;
  }
  const htmlGzip = gzipSync(html).length;
  // What the site adds around the chapter's own text: the page with its <article> emptied.
  const withoutText = gzipSync(html.replace(/(<article\b[^>]*>)[\s\S]*<\/article>/, '$1</article>')).length;
  return { html: htmlGzip, css, js, total: htmlGzip + css + js, frame: withoutText + css + js };
}

const languages = valueOrThrow(readLanguageList(contentDir())).languages.map((l) => l.code);
const rows: { lang: string; chapter: string; weight: ReturnType<typeof pageWeight> }[] = [];
const figurePages = new Map<string, { path: string; total: number }[]>();
for (const file of listFiles(dist).filter((f) => f.endsWith('/index.html'))) {
  const page = parsePagePath(sitePathForFile(file), languages);
  if (page?.page.kind === 'chapter') rows.push({ lang: page.lang, chapter: page.page.id, weight: pageWeight(join(dist, file)) });
  else if (page && ['model', 'models', 'comparison', 'country'].includes(page.page.kind)) {
    const list = figurePages.get(page.page.kind) ?? [];
    list.push({ path: file.replace(/index\.html$/, ''), total: pageWeight(join(dist, file)).total });
    figurePages.set(page.page.kind, list);
  }
}

const totals = rows.map((r) => r.weight.total);
const med = median(totals);
console.log(`Chapter pages: ${rows.length} in ${languages.length} languages (${relative(process.cwd(), dist).split(sep).join('/') || dist}/)`);
console.log(`First visit, gzip (HTML + CSS + JS): median ${kb(med)}, smallest ${kb(Math.min(...totals))}, largest ${kb(Math.max(...totals))}`);
console.log(`  median parts: HTML ${kb(median(rows.map((r) => r.weight.html)))}, CSS ${kb(median(rows.map((r) => r.weight.css)))}, JS ${kb(median(rows.map((r) => r.weight.js)))}`);
console.log(
  `  median without the chapter's own text (header, chapter list, contents, footer, CSS, JS): ${kb(median(rows.map((r) => r.weight.frame)))}; the text (<article>) adds ${kb(median(rows.map((r) => r.weight.total - r.weight.frame)))}`,
);
const favicon = join(dist, 'favicon.svg');
if (existsSync(favicon)) console.log(`  favicon (once per site): ${kb(gz(favicon))}`);
const heaviest = [...rows].sort((a, b) => b.weight.total - a.weight.total).slice(0, 3);
console.log(`  heaviest: ${heaviest.map((r) => `${r.lang}/${r.chapter} ${kb(r.weight.total)}`).join(', ')}`);
const verdict = med <= budgetBytes ? 'within' : 'OVER';
console.log(`Budget ${kb(budgetBytes)} for the median chapter page: ${verdict} (${((med / budgetBytes) * 100).toFixed(0)} %).`);
if (med > budgetBytes) process.exitCode = 1;

// Pages with the model figures: the largest of each kind against its budget.
const figureBudgets: Record<string, number | undefined> = { model: 20 * 1024, models: 40 * 1024 };
for (const [kind, list] of figurePages) {
  const largest = [...list].sort((a, b) => b.total - a.total)[0]!;
  const budget = figureBudgets[kind];
  const verdict = budget === undefined ? '' : largest.total <= budget ? `, within ${kb(budget)}` : `, OVER ${kb(budget)}`;
  console.log(`${kind === 'models' ? 'map page (models)' : kind} pages: ${list.length}, median ${kb(median(list.map((p) => p.total)))}, largest ${largest.path} ${kb(largest.total)}${verdict}`);
  if (budget !== undefined && largest.total > budget) process.exitCode = 1;
}
