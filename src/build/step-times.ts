/**
 * Wall-clock time of each build step, printed at the end of a build as one
 * machine-readable line that `npm run bench` reads.
 */
export const stepTimesPrefix = 'Step times (ms):';

export function stepTimer() {
  const times: Record<string, number> = {};
  let last = performance.now();
  return {
    /** Ends the step that ran since the previous call (or the start). */
    lap(step: string): void {
      const now = performance.now();
      times[step] = (times[step] ?? 0) + Math.round(now - last);
      last = now;
    },
    line: () => `${stepTimesPrefix} ${JSON.stringify(times)}`,
  };
}

/** The step times a build printed, or undefined. */
export function parseStepTimes(output: string): Record<string, number> | undefined {
  const line = output.split('\n').find((l) => l.startsWith(stepTimesPrefix));
  return line ? (JSON.parse(line.slice(stepTimesPrefix.length)) as Record<string, number>) : undefined;
}
