/** The sample host configurations carry the same policy as every page's <meta> tag. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const headerPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

describe('sample host configurations', () => {
  it.each([
    ['hosting/nginx.conf', /add_header Content-Security-Policy "([^"]+)"/g],
    ['hosting/apache.htaccess', /Header always set Content-Security-Policy "([^"]+)"/g],
    ['public/_headers', /Content-Security-Policy: (.+)$/gm],
  ])('%s sends the site policy', (file, pattern) => {
    const policies = [...read(file).matchAll(pattern)].map((match) => match[1]);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) expect(policy).toBe(headerPolicy);
  });

  it('README points to the sample configurations', () => {
    const readme = read('README.md');
    for (const file of ['hosting/nginx.conf', 'hosting/apache.htaccess', 'public/_headers']) expect(readme).toContain(file);
  });
});
