/**
 * Search in `npm run dev`. Astro's dev server renders pages on request, so there are
 * no HTML files for Pagefind to index; instead the dev server serves /pagefind/ from
 * the last `npm run build`, and says so in the terminal, with a warning when content
 * has changed since that build (search then finds the old text).
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The newest modification time of any file below `dir`, in ms. */
function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

export function devSearch(options: { dist: string; content: string; base: string }): AstroIntegration {
  const index = resolve(options.dist, 'pagefind');
  const prefix = `${options.base.replace(/\/$/, '')}/pagefind/`;
  return {
    name: 'strom:dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(index, 'pagefind-entry.json'))) {
          logger.warn('Search has no index yet: run `npm run build` once, then reload. The dev server serves the index of the last build.');
        } else {
          const built = statSync(join(index, 'pagefind-entry.json')).mtimeMs;
          const stale = newestFile(options.content) > built;
          logger.info(`Search uses the index of the last build (${new Date(built).toLocaleString()}).`);
          if (stale) logger.warn('Content has changed since that build: search finds the old text until you run `npm run build` again.');
        }
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const file = join(index, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
          if (!file.startsWith(index) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end('Not in the search index of the last build: run `npm run build`.');
            return;
          }
          response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
