/**
 * The W3C Nu HTML Checker (vnu-jar from the npm registry, run with Debian's Java)
 * over every built page and over an unzipped offline bundle: no errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
// vnu-jar exports the path of its jar. Its install script, which would download a
// Java, is switched off in package.json (allowScripts): Java comes from Debian.
import vnuJar from 'vnu-jar';
import { bundleName, extractZip } from '../support/project.ts';

const java = process.env.JAVA_PATH ?? '/usr/bin/java';
let work: string | undefined;
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

it('every built page and every page of an unzipped bundle is valid HTML', () => {
  work = mkdtempSync(join(tmpdir(), 'strom-vnu-'));
  extractZip(join(inject('rootDist'), 'bundles', `${bundleName('ru')}.zip`), work);
  const result = spawnSync(java, ['-Xss4m', '-jar', String(vnuJar), '--errors-only', '--skip-non-html', '--format', 'json', inject('rootDist'), work], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.error?.message ?? '', `${java}: install Debian's default-jre-headless`).toBe('');
  const report = JSON.parse(result.stderr || result.stdout) as { messages: NuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url?.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message}`);
  expect(errors).toEqual([]);
}, 600_000);
