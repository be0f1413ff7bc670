/**
 * Astro's build as a child process that runs while the content check runs in
 * this one (two cores, two jobs). Its output is held back until the check has
 * passed, so a reader with bad content sees only the checker's list of
 * problems; when the check fails, Astro is stopped.
 */
import { spawn } from 'node:child_process';

export interface AstroRun {
  /** Prints what Astro printed so far, passes the rest through, and waits for it: its exit code. */
  finish(): Promise<number | null>;
  /** Stops Astro and waits until it has exited. */
  cancel(): Promise<void>;
}

/**
 * Memory settings for Astro's process, unless the environment sets its own. Measured
 * on the 60-chapter benchmark (BENCHMARKS.md): its peak was 2.07 GB, most of it memory
 * that is free but not given back. Rolldown and Astro's compiler allocate with mimalloc,
 * which keeps freed pages for a while (purge delay 0: it returns them at once); Node
 * lets the JavaScript heap grow far beyond what is live before collecting it (the
 * largest live heap seen was under 400 MB; 512 MB leaves room). Together: 1.26 GB,
 * in the same time. mimalloc also backs its memory with transparent huge pages
 * where the system allows (2 MB touched for a few bytes) and commits a page when
 * it takes it: without huge pages and committing on first use, 1.21 → 1.11 GB
 * (mimalloc's own statistics: 728 MB committed for a peak of 444 MB allocated).
 */
export function astroMemoryEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const nodeOptions = env.NODE_OPTIONS ?? '';
  return {
    ...env,
    MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0',
    MIMALLOC_ALLOW_THP: env.MIMALLOC_ALLOW_THP ?? '0',
    MIMALLOC_PAGE_COMMIT_ON_DEMAND: env.MIMALLOC_PAGE_COMMIT_ON_DEMAND ?? '1',
    NODE_OPTIONS: /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=512`.trim(),
  };
}

export function startAstroBuild(astroBin: string, cwd: string, env: NodeJS.ProcessEnv): AstroRun {
  const child = spawn(process.execPath, [astroBin, 'build', '--force'], { cwd, env: astroMemoryEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let passing = false;
  const forward = (target: NodeJS.WriteStream) => (chunk: Buffer) => (passing ? target.write(chunk) : held.push([target, chunk]));
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  // Whatever ends this process (a failed step, an exception) ends Astro too.
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(-1));
    child.on('close', (code) => {
      process.off('exit', stop);
      resolve(code);
    });
  });
  return {
    finish() {
      passing = true;
      for (const [target, chunk] of held.splice(0)) target.write(chunk);
      return exited;
    },
    async cancel() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
