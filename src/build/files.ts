/** Files of a built site, for the build steps that walk it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`: paths relative to it, "/"-separated, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
    });
}

/** Bytes of every file below `dir`. */
export function folderSize(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}
