/**
 * A problem found in the content. The checker collects every problem before it
 * reports, so an author fixes them all in one round instead of one per build.
 */
export interface Problem {
  /** Path relative to the project root, e.g. "content/chapters/lv/about.mdx". */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** What to do about it, in one sentence. */
  hint?: string | undefined;
  /** Which translation check found it ("structure", "term-base"), for the per-language counts of npm run i18n:status. */
  check?: string | undefined;
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}  ${problem.message}${problem.hint ? `\n    hint: ${problem.hint}` : ''}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const files = new Set(sorted.map((p) => p.file)).size;
  return `${sorted.map(formatProblem).join('\n')}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}

/** Thrown where a single problem must stop the work (inside Astro's build). */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`The content has problems:\n${formatProblems(problems)}`);
    this.problems = problems;
  }
}
