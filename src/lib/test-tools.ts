/**
 * The programs from Debian's packages that the tests drive. `npm test` checks for
 * them first, so a missing browser is one clear line with the command that installs
 * it, not a stack trace from deep inside a test.
 */
export interface TestTool {
  name: string;
  /** The environment variable that points to another copy, where there is one. */
  env?: string;
  path: string;
  debianPackage: string;
  usedFor: string;
}

export const testTools: readonly TestTool[] = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', debianPackage: 'chromium', usedFor: 'the browser tests' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', debianPackage: 'firefox-esr', usedFor: 'the offline bundle in Firefox' },
  { name: 'nginx', env: 'NGINX_PATH', path: '/usr/sbin/nginx', debianPackage: 'nginx', usedFor: 'serving the site with hosting/nginx.conf' },
  { name: 'Java', env: 'JAVA_PATH', path: '/usr/bin/java', debianPackage: 'default-jre-headless', usedFor: 'the W3C Nu HTML Checker' },
  { name: 'unzip', path: '/usr/bin/unzip', debianPackage: 'unzip', usedFor: 'extracting the offline bundles' },
  { name: 'bsdtar', path: '/usr/bin/bsdtar', debianPackage: 'libarchive-tools', usedFor: 'extracting the offline bundles' },
];

/** One line per missing program: what is missing, where it was looked for, how to get it. */
export function missingTestTools(exists: (path: string) => boolean, env: Record<string, string | undefined>, tools = testTools): string[] {
  const missing = tools
    .map((tool) => ({ tool, path: (tool.env && env[tool.env]) || tool.path }))
    .filter(({ path }) => !exists(path));
  return missing.map(
    ({ tool, path }) =>
      `${tool.name} not found at ${path} (needed for ${tool.usedFor}): apt-get install -y ${tool.debianPackage}` +
      (tool.env ? `, or set ${tool.env} to another copy` : ''),
  );
}
