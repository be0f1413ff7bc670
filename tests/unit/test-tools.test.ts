import { describe, expect, it } from 'vitest';
import { missingTestTools } from '../../src/lib/test-tools.ts';

describe('missingTestTools', () => {
  it('says nothing when every program is there', () => {
    expect(missingTestTools(() => true, {})).toEqual([]);
  });

  it('names a missing Chromium in one line, with the package that installs it', () => {
    const lines = missingTestTools((path) => path !== '/usr/bin/chromium', {});
    expect(lines).toEqual(['Chromium not found at /usr/bin/chromium (needed for the browser tests): apt-get install -y chromium, or set CHROMIUM_PATH to another copy']);
  });

  it('looks where the environment variable points', () => {
    const lines = missingTestTools((path) => path !== '/opt/chrome', { CHROMIUM_PATH: '/opt/chrome' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('/opt/chrome');
  });
});
