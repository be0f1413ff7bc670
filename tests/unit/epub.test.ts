import { describe, expect, it } from 'vitest';
import { navXhtml, packageOpf, xhtmlPage } from '../../src/lib/epub.ts';
import { wrapWords } from '../../src/lib/wrap-words.ts';

describe('EPUB package files', () => {
  it('names the language, the title and a modification date, and lists the spine in order', () => {
    const opf = packageOpf({
      identifier: 'urn:strom-guidelines:0.1.0:lv',
      title: 'Cilvēku tirdzniecība & pašvaldības',
      lang: 'lv',
      publisher: 'CBSS',
      modified: '2026-12-01T00:00:00Z',
      items: [{ id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav' }, { id: 'part-1', href: 'text/part-01.xhtml', mediaType: 'application/xhtml+xml' }],
      spine: ['nav', 'part-1'],
    });
    expect(opf).toContain('<dc:language>lv</dc:language>');
    expect(opf).toContain('<dc:title>Cilvēku tirdzniecība &amp; pašvaldības</dc:title>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-01T00:00:00Z</meta>');
    expect(opf.indexOf('idref="nav"')).toBeLessThan(opf.indexOf('idref="part-1"'));
    expect(opf).toContain('properties="nav"');
  });

  it('marks English entries of a translated book as English in the navigation', () => {
    const nav = navXhtml({ lang: 'lv', title: 'T', contentsTitle: 'Saturs', stylesheet: 'style.css', entries: [{ href: 'text/part-01.xhtml', text: 'About', lang: 'en', children: [{ href: 'text/part-01.xhtml#about--purpose', text: 'Purpose' }] }] });
    expect(nav).toContain('epub:type="toc"');
    expect(nav).toContain('<li lang="en" xml:lang="en"><a href="text/part-01.xhtml">About</a><ol><li><a href="text/part-01.xhtml#about--purpose">Purpose</a></li></ol></li>');
    expect(xhtmlPage({ lang: 'lv', title: 'a<b', body: '<p/>', stylesheet: 's.css' })).toContain('<title>a&lt;b</title>');
  });

  it('wraps a title into lines for the cover', () => {
    expect(wrapWords('Stepping up local action against human trafficking', 18)).toEqual(['Stepping up local', 'action against', 'human trafficking']);
  });
});
