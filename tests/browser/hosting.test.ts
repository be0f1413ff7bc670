/**
 * The sub-path build as Debian's nginx serves it with hosting/nginx.conf (see
 * global-setup.ts): what a host must get right for the site to work and stay private.
 */
import { describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security.ts';

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, inject('subUrl')), { headers, redirect: 'manual' });

describe('nginx with the sample configuration, under /strom/', () => {
  it('serves pages with the site policy, no-cache and gzip', async () => {
    const response = await get('lv/why-municipalities/', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/);
    expect(response.headers.get('content-security-policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('caches hashed assets for a year', async () => {
    const page = await (await get('lv/why-municipalities/')).text();
    const css = /href="([^"]*\/_astro\/[^"]+\.css)"/.exec(page)![1]!;
    const response = await get(css);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves Pagefind files with binary types, not compressed twice', async () => {
    const wasm = await get('pagefind/wasm.en.pagefind', { 'Accept-Encoding': 'gzip' });
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
    expect(wasm.headers.get('content-encoding')).toBeNull();
    const entry = await (await get('pagefind/pagefind-entry.json')).json();
    const meta = `pagefind/pagefind.${entry.languages.lv.hash}.pf_meta`;
    const chunk = await get(meta, { 'Accept-Encoding': 'gzip' });
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toBe('application/octet-stream');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('redirects a directory without its slash, relative to the host', async () => {
    const response = await get('lv/why-municipalities');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/strom/lv/why-municipalities/');
  });

  it('answers an unknown address with status 404 and the site 404 page', async () => {
    const response = await get('lv/no-such-chapter/');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html');
    expect(html).toMatch(/href="\/strom\//);
  });
});
