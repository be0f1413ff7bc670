/**
 * npm run bench — cold builds of the synthetic corpus (scripts/bench-corpus.ts)
 * at 1×, 2× and 4× the real site's chapter count, median of 3 runs each; then
 * page weight and search (scripts/bench.ts, scripts/bench-search.ts) on the
 * largest build. Writes BENCHMARKS.md and prints which budgets of issue 14 hold.
 *
 *   node scripts/bench-build.ts [--scales 1,2,4] [--chapters 60] [--runs 3] [--words 1500] [--out BENCHMARKS.md]
 *
 * --chapters replaces the scales with one chapter count per language (e.g. 60).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseStepTimes } from '../src/build/step-times.ts';
import { contentDir, readLanguageList, valueOrThrow } from '../src/lib/content-files.ts';
import { realChapters, writeCorpus } from './bench-corpus.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,2,4' },
    chapters: { type: 'string' },
    runs: { type: 'string', default: '3' },
    words: { type: 'string', default: '1500' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
  },
});
const list = valueOrThrow(readLanguageList(contentDir(root)));
const realChapterCount = realChapters(contentDir(root), list.source).length;
const chapterCounts = values.chapters ? values.chapters.split(',').map(Number) : values.scales.split(',').map((s) => Math.round(Number(s) * realChapterCount));
const runs = Number(values.runs);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
  seconds: number;
  pages: number;
  steps: Record<string, number>;
  /** Largest resident set of the build or any of its processes (GNU time), bytes. */
  peak: number | undefined;
}

function coldBuild(content: string, dist: string): Run {
  rmSync(dist, { recursive: true, force: true });
  // Cold: no Astro or Vite cache from an earlier build.
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro']) rmSync(join(root, cache), { recursive: true, force: true });
  const command = [process.execPath, 'scripts/build.ts'];
  const started = performance.now();
  const result = spawnSync(timeBinary ?? command[0]!, timeBinary ? ['-f', 'peak-kb %M', ...command] : command.slice(1), {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, STROM_CONTENT_DIR: content, STROM_DIST: dist },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const steps = parseStepTimes(result.stdout);
  const pages = Number(/Built (\d+) pages/.exec(result.stdout)?.[1]);
  if (!steps || !pages) throw new Error(`no step times or page count in the build output:\n${result.stdout}`);
  const peakKb = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, pages, steps, peak: peakKb ? Number(peakKb) * 1024 : undefined };
}

const work = mkdtempSync(join(tmpdir(), 'strom-bench-'));
const rows: { chapters: number; pages: number; seconds: number; msPerPage: number; steps: Record<string, number>; peak: number | undefined; all: number[] }[] = [];
let lastBuild: { content: string; dist: string } | undefined;
const load = loadavg()[0]!;
try {
  for (const chapters of chapterCounts) {
    const corpus = writeCorpus({ chapters, words: Number(values.words), out: join(work, `content-${chapters}`) });
    const dist = join(work, `dist-${chapters}`);
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const run = coldBuild(corpus.dir, dist);
      console.log(`${chapters} chapters × ${corpus.languages} languages, run ${i + 1}/${runs}: ${run.seconds.toFixed(1)} s, ${run.pages} pages, ${JSON.stringify(run.steps)}`);
      results.push(run);
    }
    const stepNames = Object.keys(results[0]!.steps);
    const steps = Object.fromEntries(stepNames.map((s) => [s, median(results.map((r) => r.steps[s] ?? 0))]));
    const seconds = median(results.map((r) => r.seconds));
    const peaks = results.flatMap((r) => (r.peak ? [r.peak] : []));
    rows.push({ chapters, pages: results[0]!.pages, seconds, msPerPage: (seconds * 1000) / results[0]!.pages, steps, peak: peaks.length ? median(peaks) : undefined, all: results.map((r) => r.seconds) });
    lastBuild = { content: corpus.dir, dist };
  }

  // Weight and search on the largest build.
  const env = { ...process.env, STROM_CONTENT_DIR: lastBuild!.content, STROM_DIST: lastBuild!.dist };
  const weight = spawnSync(process.execPath, ['scripts/bench.ts'], { cwd: root, encoding: 'utf8', env });
  const search = spawnSync(process.execPath, ['scripts/bench-search.ts'], { cwd: root, encoding: 'utf8', env });
  const kbOf = (pattern: RegExp) => Number(pattern.exec(weight.stdout)?.[1] ?? NaN);
  const medianWeight = kbOf(/median ([\d.]+) KB, smallest/);
  const maxWeight = kbOf(/largest ([\d.]+) KB/);
  const jsBeforeSearch = kbOf(/JS ([\d.]+) KB/);

  const first = rows[0]!;
  const last = rows.at(-1)!;
  const total = (r: (typeof rows)[number]) => Object.values(r.steps).reduce((a, b) => a + b, 0);
  const share = (r: (typeof rows)[number], step: string) => (r.steps[step] ?? 0) / total(r);
  const budgets: [string, boolean, string][] = [
    ['whole build ≤ 30 ms a page', last.msPerPage <= 30, `${last.msPerPage.toFixed(0)} ms a page at ${last.chapters} chapters`],
    ['offline bundles ≤ 15 % of the build', share(last, 'bundles') <= 0.15, `${(share(last, 'bundles') * 100).toFixed(0)} %`],
    ['content check ≤ 5 % of the build', share(last, 'content') <= 0.05, `${(share(last, 'content') * 100).toFixed(0)} %`],
    ['linear: ms a page at the largest within 10 % of the smallest', rows.length > 1 && last.msPerPage <= first.msPerPage * 1.1, `${first.msPerPage.toFixed(0)} → ${last.msPerPage.toFixed(0)} ms a page (${(last.msPerPage / first.msPerPage).toFixed(2)}×)`],
    ['peak memory ≤ 1.2 GB', last.peak !== undefined && last.peak <= 1.2e9, last.peak ? `${(last.peak / 1e9).toFixed(2)} GB (${(last.peak / 1024 / 1024).toFixed(0)} MiB)` : 'not measured (no /usr/bin/time)'],
    ['chapter page ≤ 13 KB gzip on first visit (median)', medianWeight <= 13, `${medianWeight} KB (largest ${maxWeight} KB)`],
    ['JS ≤ 2 KB before search', jsBeforeSearch <= 2, `${jsBeforeSearch} KB`],
  ];

  const stepNames = Object.keys(last.steps);
  const table = [
    `| chapters × languages | pages | build (median of ${runs}) | ms a page | ${stepNames.map((s) => `${s} ms/page`).join(' | ')} | peak memory |`,
    `| --- | --- | --- | --- | ${stepNames.map(() => '---').join(' | ')} | --- |`,
    ...rows.map(
      (r) =>
        `| ${r.chapters} × ${list.languages.length} | ${r.pages} | ${r.seconds.toFixed(1)} s (${r.all.map((s) => s.toFixed(0)).join(', ')}) | ${r.msPerPage.toFixed(1)} | ${stepNames.map((s) => ((r.steps[s] ?? 0) / r.pages).toFixed(1)).join(' | ')} | ${r.peak ? `${(r.peak / 1024 / 1024).toFixed(0)} MiB` : '–'} |`,
    ),
  ];
  const report = [
    '# Benchmarks',
    '',
    `\`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} cores, load average ${load.toFixed(1)} when it started`,
    `(other work on the machine makes times noisy: compare ratios within one run). Synthetic corpus: ${values.words} words a chapter, `,
    `cold builds (no Astro or Vite cache). The content check's parse cache (keyed by file text) and its report (keyed by every file of content/ and the checker's code)`,
    'are kept between runs: the first run of each size checks the content, the others reuse the report (the first of the three times listed is that run).',
    'Steps: content check, Astro, print editions, search index (with the offline bundles being written beside it), the rest of the offline bundles, link check, swap.',
    'Astro runs while the content is checked (each in its own process): "content" is the check\'s wall time with Astro beside it, "astro" the rest of Astro\'s.',
    '',
    ...table,
    '',
    '## Budgets (issue 14)',
    '',
    ...budgets.map(([name, ok, value]) => `- ${ok ? 'holds' : 'FAILS'}: ${name} — ${value}`),
    '',
    `## Page weight (largest build)`,
    '',
    '```',
    weight.stdout.trim() || weight.stderr.trim(),
    '```',
    '',
    '## Search (largest build)',
    '',
    '```',
    search.stdout.trim() || search.stderr.trim(),
    '```',
    '',
  ].join('\n');
  // The hand-written profile notes at the end of the file stay.
  const outPath = resolve(root, values.out);
  const previous = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  const notes = previous.indexOf('\n## Profile');
  writeFileSync(outPath, notes >= 0 ? `${report}${previous.slice(notes + 1)}` : report);
  console.log(`\n${table.join('\n')}\n`);
  for (const [name, ok, value] of budgets) console.log(`${ok ? 'holds' : 'FAILS'}  ${name}: ${value}`);
  console.log(`\nWrote ${values.out}.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
