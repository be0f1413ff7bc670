import { describe, expect, it } from 'vitest';
import { astroMemoryEnv } from '../../src/build/astro-build.ts';

describe('astroMemoryEnv', () => {
  it('limits the heap and has mimalloc give memory back, keeping the rest of the environment', () => {
    const env = astroMemoryEnv({ PATH: '/bin', NODE_OPTIONS: '--import x.mjs' });
    expect(env).toMatchObject({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ALLOW_THP: '0', MIMALLOC_PAGE_COMMIT_ON_DEMAND: '1' });
    expect(env.NODE_OPTIONS).toBe('--import x.mjs --max-old-space-size=512');
  });

  it('leaves settings the environment makes itself', () => {
    const env = astroMemoryEnv({ NODE_OPTIONS: '--max-old-space-size=2048', MIMALLOC_ALLOW_THP: '1', MIMALLOC_PURGE_DELAY: '10' });
    expect(env).toMatchObject({ NODE_OPTIONS: '--max-old-space-size=2048', MIMALLOC_ALLOW_THP: '1', MIMALLOC_PURGE_DELAY: '10' });
  });
});
