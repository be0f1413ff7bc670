/**
 * Builds the browser scripts in src/client/ into single classic (non-module)
 * scripts. Astro emits module scripts, which browsers refuse to run from file://;
 * the offline bundle must work there, so the site ships classic scripts instead.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const clientScripts = ['site', 'search'] as const;
export type ClientScript = (typeof clientScripts)[number];

const built = new Map<ClientScript, Promise<{ code: string; hash: string }>>();

export function buildClientScript(name: ClientScript): Promise<{ code: string; hash: string }> {
  if (!built.has(name)) {
    // Resolved from the project root: this module is bundled by Astro, so import.meta.url moves.
    const entry = resolve(process.cwd(), 'src/client', `${name}.ts`);
    built.set(
      name,
      build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', minify: true, target: 'es2019', legalComments: 'none' }).then(
        (result) => {
          const code = result.outputFiles[0]!.text;
          return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 10) };
        },
      ),
    );
  }
  return built.get(name)!;
}
