/**
 * parseMdx with a cache on disk, keyed by the file's text and the parser's
 * package versions: a rebuild parses only the files that changed. A cache entry
 * is the syntax tree as JSON, positions included, so every message keeps its
 * line and column. Files with syntax errors are not cached (they are parsed again
 * for their messages).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { parseMdx, type ParsedMdx } from './mdx-document.ts';

const packageVersion = (name: string): string => {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve(name));
    // The package's own package.json: the nearest one above its entry file named `name`.
    for (let at = dir; at !== dirname(at); at = dirname(at)) {
      try {
        const manifest = JSON.parse(readFileSync(join(at, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return manifest.version ?? 'unknown';
      } catch {
        // no package.json here
      }
    }
  } catch {
    // not resolvable
  }
  return 'unknown';
};
let parserVersion: string | undefined;
const versionOfParser = () =>
  (parserVersion ??= ['remark-parse', 'remark-mdx', 'remark-gfm', 'remark-frontmatter', 'micromark'].map((name) => `${name}@${packageVersion(name)}`).join(','));

/** Where the cache lives: STROM_PARSE_CACHE, or node_modules/.cache/strom-mdx (set it to "off" to parse every time). */
export const parseCacheDir = (root = process.cwd()) => process.env.STROM_PARSE_CACHE ?? join(root, 'node_modules', '.cache', 'strom-mdx');

export function parseMdxCached(file: string, text: string, cacheDir = parseCacheDir()): ParsedMdx {
  if (cacheDir === 'off') return parseMdx(file, text);
  const key = createHash('sha256').update(versionOfParser()).update('\0').update(text).digest('hex');
  const path = join(cacheDir, `${key}.json`);
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { tree: Root; frontmatter: ParsedMdx['frontmatter'] };
    return { tree: cached.tree, frontmatter: cached.frontmatter, problems: [] };
  } catch {
    // Not cached yet (or unreadable): parse.
  }
  const parsed = parseMdx(file, text);
  if (parsed.tree) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const partial = `${path}.${process.pid}`;
      writeFileSync(partial, JSON.stringify({ tree: parsed.tree, frontmatter: parsed.frontmatter }));
      renameSync(partial, path);
    } catch {
      // A read-only folder only costs the next build a parse.
    }
  }
  return parsed;
}
