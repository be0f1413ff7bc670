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

export function startAstroBuild(astroBin: string, cwd: string, env: NodeJS.ProcessEnv): AstroRun {
  const child = spawn(process.execPath, [astroBin, 'build', '--force'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
