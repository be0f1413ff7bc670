/**
 * The version and date of this build. The build script sets STROM_VERSION and
 * STROM_BUILD_DATE (from package.json and the commit's date), so that building the
 * same commit twice gives the same pages and the same zip files.
 */
export function buildInfo(): { version: string; date: string } {
  return {
    version: process.env.STROM_VERSION ?? '0.0.0-dev',
    date: process.env.STROM_BUILD_DATE ?? '2026-01-01',
  };
}
