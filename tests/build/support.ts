/**
 * Helpers for the build tests: a temporary copy of content/, a run of the real
 * `node scripts/build.ts` as a child process, and small readers for its output.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';

/** The project root, /work/main: the build runs there, as `npm run build` does. */
export const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

export interface Workspace {
  /** The temporary folder holding everything below; removed by `dispose`. */
  dir: string;
  /** A copy of content/, free to change. */
  content: string;
  /** Where the build writes (STROM_DIST); not created. */
  dist: string;
  dispose(): void;
}

/** A temporary folder with a fresh copy of the project's content/. */
export function copyContent(prefix: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), `strom-${prefix}-`));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  return { dir, content, dist: join(dir, 'dist'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BuildResult {
  code: number | null;
  /** The build process's id: scripts/build.ts names its temporary folders in .build/ after it. */
  pid: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together. */
  output: string;
  seconds: number;
}

/**
 * Runs `node scripts/build.ts` from the project root. Only the variables given
 * here reach the build: inherited BASE_PATH, SITE_URL and STROM_* are removed, and
 * so is what Vitest puts into process.env (VITEST*, TEST, NODE_ENV). Vite's
 * BASE_URL, MODE, DEV, PROD and SSR are left in on purpose: scripts/build.ts must
 * keep them from overriding BASE_PATH.
 */
export function runBuild(vars: { STROM_CONTENT_DIR: string; STROM_DIST: string; BASE_PATH?: string; SITE_URL?: string }): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:VITEST|STROM_)|^(?:BASE_PATH|SITE_URL|NODE_ENV|TEST|FORCE_TTY)$/.test(key)) continue;
    env[key] = value;
  }
  for (const [key, value] of Object.entries(vars)) if (value !== undefined) env[key] = value;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), (output += chunk)));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((stderr += chunk), (output += chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({ code, pid: child.pid!, stdout, stderr, output, seconds });
    });
  });
}

/** A problem as scripts/build.ts prints it: `file[:line[:column]]  message` and `    hint: …`. */
export interface PrintedProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

/** Every problem in the build's output (see formatProblem in src/lib/problems.ts). */
export function parseProblems(output: string): PrintedProblem[] {
  const lines = output.split(/\r?\n/);
  const problems: PrintedProblem[] = [];
  lines.forEach((text, index) => {
    const match = /^(\S+?)(?::(\d+))?(?::(\d+))?  (\S.*)$/.exec(text);
    if (!match) return;
    const hint = /^ {4}hint: (.*)$/.exec(lines[index + 1] ?? '')?.[1];
    problems.push({
      file: match[1]!,
      ...(match[2] ? { line: Number(match[2]) } : {}),
      ...(match[3] ? { column: Number(match[3]) } : {}),
      message: match[4]!,
      ...(hint !== undefined ? { hint } : {}),
    });
  });
  return problems;
}

/** How the build names a file: relative to its working directory (the project root), with "/". */
export const displayed = (path: string) => relative(root, path).split(sep).join('/');

/** Every file below `dir` (relative, "/"-separated) with its content, for before/after comparisons. */
export function snapshotTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'latin1');
    }
  };
  walk(dir);
  return files;
}

/** The names directly inside a folder, or [] when it does not exist. */
export const listFolder = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** The folder scripts/build.ts builds in before it swaps the result into STROM_DIST. */
export const workDir = join(root, '.build');

/** What scripts/build.ts names its temporary output in .build/: dist-<pid>-<time>, old-<pid>. */
export const isBuildOutput = (name: string) => /^(?:dist-\d+-\d+|old-\d+)$/.test(name);

/** Temporary output that the build with process id `pid` left in .build/. */
export const leftoversOf = (pid: number) => listFolder(workDir).filter((name) => name.startsWith(`dist-${pid}-`) || name === `old-${pid}`);

/** A built file's text; `path` is relative to the output folder, e.g. "en/about/index.html". */
export const readBuilt = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');

export interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** Every element of an HTML document, with its attributes, in document order. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const parser = new Parser({ onopentag: (name, attributes) => found.push({ name, attributes }) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}
