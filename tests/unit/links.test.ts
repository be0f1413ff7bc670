import { describe, expect, it } from 'vitest';
import { isExternal, resolveLink } from '../../src/lib/links.ts';

describe('resolveLink', () => {
  const from = '/lv/about/';

  it('resolves relative links against the page they are on', () => {
    expect(resolveLink('../local-mapping/', from)).toEqual({ path: '/lv/local-mapping/', hash: undefined });
    expect(resolveLink('../local-mapping/#what-to-map', from)).toEqual({ path: '/lv/local-mapping/', hash: 'what-to-map' });
    expect(resolveLink('../models/latvia/', from)).toEqual({ path: '/lv/models/latvia/', hash: undefined });
    expect(resolveLink('../../en/about/', from)).toEqual({ path: '/en/about/', hash: undefined });
    expect(resolveLink('../', from)).toEqual({ path: '/lv/', hash: undefined });
    expect(resolveLink('../../../../x/', from)).toEqual({ path: '/x/', hash: undefined });
  });

  it('keeps a path without trailing slash as written', () => {
    expect(resolveLink('../tools', from).path).toBe('/lv/tools');
  });

  it('resolves a bare #hash to the page itself', () => {
    expect(resolveLink('#first-contact', from)).toEqual({ path: '/lv/about/', hash: 'first-contact' });
  });

  it('resolves site-absolute links and drops query strings', () => {
    expect(resolveLink('/en/glossary/#exploitation', from)).toEqual({ path: '/en/glossary/', hash: 'exploitation' });
    expect(resolveLink('../tools/?print=1#list', from)).toEqual({ path: '/lv/tools/', hash: 'list' });
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(resolveLink('../p%C4%81rskats/#%C4%81tr%C4%81', from)).toEqual({ path: '/lv/pārskats/', hash: 'ātrā' });
    expect(resolveLink('../pārskats/#ātrā', from)).toEqual({ path: '/lv/pārskats/', hash: 'ātrā' });
    expect(resolveLink('../a%20b/', from).path).toBe('/lv/a b/');
  });

  it('treats an empty fragment as no fragment', () => {
    expect(resolveLink('../tools/#', from)).toEqual({ path: '/lv/tools/', hash: undefined });
  });
});

describe('isExternal', () => {
  it('is true for other schemes and protocol-relative URLs', () => {
    for (const href of ['https://example.org/', 'http://x', 'HTTPS://EXAMPLE.ORG', 'mailto:info@example.org', 'tel:+371116006', 'data:image/png;base64,AA', '//cdn.example.org/x.js']) {
      expect(isExternal(href), href).toBe(true);
    }
  });

  it('is false for links the site owns', () => {
    for (const href of ['../local-mapping/', '#first-contact', '/en/about/', 'tools/', '../../images/map.png', './a:b', '']) {
      expect(isExternal(href), href).toBe(false);
    }
  });
});
