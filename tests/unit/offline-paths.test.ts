import { describe, expect, it } from 'vitest';
import { archivePathProblem, fileForSitePath, relativeFileLink, rootPrefix } from '../../src/lib/offline-paths.ts';

describe('offline paths', () => {
  it('maps site paths to the files that serve them', () => {
    expect(fileForSitePath('/')).toBe('index.html');
    expect(fileForSitePath('/lv/about/')).toBe('lv/about/index.html');
    expect(fileForSitePath('/_astro/Base.css')).toBe('_astro/Base.css');
  });

  it('links files relatively in both directions and at any depth', () => {
    expect(relativeFileLink('lv/about/index.html', 'lv/local-mapping/index.html')).toBe('../local-mapping/index.html');
    expect(relativeFileLink('lv/models/latvia/index.html', '_astro/Base.css')).toBe('../../../_astro/Base.css');
    expect(relativeFileLink('index.html', 'lv/index.html')).toBe('lv/index.html');
    expect(relativeFileLink('lv/index.html', 'index.html')).toBe('../index.html');
    expect(relativeFileLink('lv/about/index.html', 'lv/about/index.html')).toBe('index.html');
  });

  it('leads back to the root', () => {
    expect(rootPrefix('index.html')).toBe('');
    expect(rootPrefix('lv/models/latvia/index.html')).toBe('../../../');
  });

  it('refuses archive paths that would not extract safely everywhere', () => {
    expect(archivePathProblem('strom-guidelines-0.1.0-lv/lv/about/index.html')).toBeUndefined();
    expect(archivePathProblem('/etc/passwd')).toBe('absolute path');
    expect(archivePathProblem('C:/x')).toBe('absolute path');
    expect(archivePathProblem('a/../b')).toMatch(/\.\./);
    expect(archivePathProblem('a//b')).toMatch(/path part/);
    expect(archivePathProblem('a/b:c')).toMatch(/Windows/);
    expect(archivePathProblem('a/what?')).toMatch(/Windows/);
    expect(archivePathProblem('a/CON.txt')).toMatch(/reserves/);
    expect(archivePathProblem('a/name.')).toMatch(/dot or space/);
    expect(archivePathProblem(`a/${'x'.repeat(200)}`)).toMatch(/longer than 200/);
  });
});
