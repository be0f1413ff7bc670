/**
 * Builds the browser scripts in src/client/ into single classic (non-module)
 * scripts. Astro emits module scripts, which browsers refuse to run from file://;
 * the offline bundle must work there, so the site ships classic scripts instead.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export type ClientScript = 'site' | 'search' | 'chooser' | 'table-sort' | 'go';

export interface BuiltScript {
  code: string;
  /** Short content hash, used as a cache-busting query string. */
  hash: string;
}

const bundles = new Map<ClientScript, Promise<string>>();

function bundle(name: ClientScript): Promise<string> {
  if (!bundles.has(name)) {
    // Resolved from the project root: this module is bundled by Astro, so import.meta.url moves.
    const entry = resolve(process.cwd(), 'src/client', `${name}.ts`);
    bundles.set(
      name,
      build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', minify: true, target: 'es2019', legalComments: 'none' }).then(
        (result) => result.outputFiles[0]!.text,
      ),
    );
  }
  return bundles.get(name)!;
}

/**
 * A browser script, optionally preceded by data it reads from a global (e.g. the
 * interface strings of one language), so pages need not carry that data.
 */
export async function buildClientScript(name: ClientScript, data?: { global: string; value: unknown }): Promise<BuiltScript> {
  const code = data
    ? `window.${data.global}=${JSON.stringify(data.value).replace(/</g, '\\u003c')};${await bundle(name)}`
    : await bundle(name);
  return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 10) };
}
