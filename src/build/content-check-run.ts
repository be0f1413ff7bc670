/**
 * The content check in a process of its own, beside Astro's: it parses the whole
 * corpus, and memory a process has used is not all given back while it runs, so
 * the build's own process (which later holds every page for the offline bundles)
 * starts from little. scripts/check-content.ts --json prints the report.
 */
import { spawn } from 'node:child_process';
import type { ContentReport } from '../lib/content-check.ts';

export function runContentCheck(script: string, content: string): Promise<ContentReport & { reused?: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--json'], { env: { ...process.env, STROM_CONTENT_DIR: content }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        // Exit code 1 with a report: the content has problems, which the report lists.
        if (code === 0 || code === 1) return resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as ContentReport & { reused?: boolean });
      } catch {
        // No report: fall through to the checker's own message.
      }
      reject(new Error(`the content check stopped (exit code ${code}):\n${Buffer.concat(err).toString('utf8').trim()}`));
    });
  });
}
