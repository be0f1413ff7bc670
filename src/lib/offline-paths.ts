/**
 * Paths inside an offline bundle: every link points at a file, relative to the
 * page it is on, so the bundle works from any folder opened with file://.
 */

/** The file a site path is served from: "/lv/about/" → "lv/about/index.html". */
export function fileForSitePath(sitePath: string): string {
  const path = sitePath.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The reverse: the site path a file is served at: "lv/about/index.html" → "/lv/about/". */
export function sitePathForFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A relative link from one file of the bundle to another: ("lv/a/index.html", "lv/b/index.html") → "../b/index.html". */
export function relativeFileLink(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  return `${'../'.repeat(up)}${to.slice(common).join('/')}` || './';
}

/** The prefix that leads from a file back to the bundle's root: "lv/about/index.html" → "../../". */
export function rootPrefix(fromFile: string): string {
  return '../'.repeat(fromFile.split('/').length - 1);
}

// Characters Windows does not allow in file names, and names it reserves.
const windowsForbidden = /[<>:"|?*\\\u0000-\u001f]/;
const windowsReserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
export const maxArchivePathLength = 200;

/** Why a path may not go into a zip that must extract safely everywhere (or nothing). */
export function archivePathProblem(path: string): string | undefined {
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return 'absolute path';
  if (path.length > maxArchivePathLength) return `longer than ${maxArchivePathLength} characters`;
  for (const part of path.split('/')) {
    if (part === '' || part === '.' || part === '..') return `"${part}" as a path part`;
    if (windowsForbidden.test(part)) return `a character Windows does not allow in "${part}"`;
    if (windowsReserved.test(part)) return `"${part}" is a name Windows reserves`;
    if (/[. ]$/.test(part)) return `"${part}" ends with a dot or space, which Windows drops`;
  }
  return undefined;
}
