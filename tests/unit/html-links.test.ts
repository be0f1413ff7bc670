import { describe, expect, it } from 'vitest';
import { findBrokenLinks, scanHtml, type PageScan } from '../../src/lib/html-links.ts';

describe('scanHtml', () => {
  it('collects every id on the page', () => {
    const { ids } = scanHtml('<main id="main"><h2 id="first-contact">A</h2><section id="s"><p id="p1">x</p></section></main><div class="no-id"></div>');
    expect([...ids].sort()).toEqual(['first-contact', 'main', 'p1', 's']);
  });

  it('collects links, stylesheets, scripts, images and sources as written', () => {
    const { refs } = scanHtml(`
      <link rel="stylesheet" href="/strom/_astro/site.css">
      <link rel="icon" href="../favicon.svg">
      <script src="/strom/_astro/site.js"></script>
      <a href="../tools/#list">Tools</a>
      <a name="no-href">x</a>
      <img src="../../images/map.png" alt="Map">
      <picture><source src="a.webp"></picture>`);
    expect(refs).toEqual([
      { tag: 'link', attr: 'href', value: '/strom/_astro/site.css' },
      { tag: 'link', attr: 'href', value: '../favicon.svg' },
      { tag: 'script', attr: 'src', value: '/strom/_astro/site.js' },
      { tag: 'a', attr: 'href', value: '../tools/#list' },
      { tag: 'img', attr: 'src', value: '../../images/map.png' },
      { tag: 'source', attr: 'src', value: 'a.webp' },
    ]);
  });

  it('splits srcset into its URLs', () => {
    const { refs } = scanHtml('<img src="a.png" srcset="a-400.png 400w,  a-800.png 800w,a-1600.png 1600w" alt=""><picture><source srcset="b.avif 1x, b@2x.avif 2x"></picture>');
    expect(refs.map((r) => `${r.tag}.${r.attr}=${r.value}`)).toEqual([
      'img.src=a.png',
      'img.srcset=a-400.png',
      'img.srcset=a-800.png',
      'img.srcset=a-1600.png',
      'source.srcset=b.avif',
      'source.srcset=b@2x.avif',
    ]);
  });

  it('skips canonical and alternate links, which point at the public site', () => {
    const { refs } = scanHtml(`
      <link rel="canonical" href="https://example.org/en/about/">
      <link rel="alternate" hreflang="lv" href="https://example.org/lv/about/">
      <link rel="alternate" type="application/rss+xml" href="/missing.xml">
      <link rel="stylesheet" href="/site.css">`);
    expect(refs.map((r) => r.value)).toEqual(['/site.css']);
  });

  it('ignores URL-like attributes of other tags', () => {
    expect(scanHtml('<div href="/x/" src="/y/"></div><form action="/z/"></form>').refs).toEqual([]);
  });
});

/** A site under /strom/ with two pages and a few files. */
function site(pages: Record<string, string>, files: string[] = []) {
  const scans = new Map<string, PageScan>(Object.entries(pages).map(([path, html]) => [path, scanHtml(html)]));
  const fileSet = new Set(files);
  const asked: string[] = [];
  const broken = findBrokenLinks(scans, (path) => {
    asked.push(path);
    return fileSet.has(path);
  });
  return { broken, asked };
}

describe('findBrokenLinks', () => {
  const about = '<h2 id="first-contact">First</h2><h2 id="ātrā">Quick</h2>';

  it('accepts links between existing pages, anchors, directory URLs and files under the base', () => {
    const { broken } = site(
      {
        '/strom/en/about/': about,
        '/strom/en/tools/': `
          <link rel="stylesheet" href="/strom/_astro/site.css">
          <script src="/strom/_astro/site.js"></script>
          <a href="../about/">About</a>
          <a href="../about">About without slash</a>
          <a href="/strom/en/about/#first-contact">First contact</a>
          <a href="../about#first-contact">First contact, no slash</a>
          <a href="../about/#%C4%81tr%C4%81">Encoded anchor</a>
          <a href="#list">Here</a><ul id="list"></ul>
          <a href="#">Top</a>
          <a href="">This page</a>
          <a href="?q=1">Query</a>
          <img src="../../images/map.png" srcset="../../images/map@2x.png 2x" alt="">
          <a href="/strom/downloads/strom.zip">Download</a>
          <a href="https://example.org/">Elsewhere</a>
          <a href="mailto:info@example.org">Mail</a>
          <a href="tel:+371116006">Call</a>`,
      },
      ['/strom/_astro/site.css', '/strom/_astro/site.js', '/strom/images/map.png', '/strom/images/map@2x.png', '/strom/downloads/strom.zip'],
    );
    expect(broken).toEqual([]);
  });

  it('reports a link to a page that does not exist', () => {
    const { broken } = site({ '/strom/en/about/': '<a href="../no-such-chapter/">x</a>' });
    expect(broken).toEqual([{ page: '/strom/en/about/', ref: '../no-such-chapter/', reason: 'no such page or file' }]);
  });

  it('reports a link that forgets the base path', () => {
    const { broken } = site({ '/strom/en/about/': about, '/strom/en/tools/': '<a href="/en/about/">x</a>' });
    expect(broken).toEqual([{ page: '/strom/en/tools/', ref: '/en/about/', reason: 'no such page or file' }]);
  });

  it('reports a missing file, asking the file check with the decoded URL path', () => {
    const { broken, asked } = site({ '/strom/en/about/': '<img src="../../images/m%C4%81ja.png" alt="x"><script src="/strom/_astro/gone.js"></script>' }, ['/strom/images/māja.png']);
    expect(asked).toContain('/strom/images/māja.png');
    expect(broken).toEqual([{ page: '/strom/en/about/', ref: '/strom/_astro/gone.js', reason: 'no such page or file' }]);
  });

  it('reports a missing #anchor on another page and on the same page', () => {
    const { broken } = site({
      '/strom/en/about/': `${about}<a href="#nowhere">x</a>`,
      '/strom/en/tools/': '<a href="../about/#first-contact">ok</a><a href="../about/#gone">x</a><a href="../about#also-gone">y</a>',
    });
    expect(broken).toEqual([
      { page: '/strom/en/about/', ref: '#nowhere', reason: 'no element with id "nowhere"' },
      { page: '/strom/en/tools/', ref: '../about/#gone', reason: 'no element with id "gone"' },
      { page: '/strom/en/tools/', ref: '../about#also-gone', reason: 'no element with id "also-gone"' },
    ]);
  });

  it('reports protocol-relative URLs, which would load from another host', () => {
    const { broken, asked } = site({ '/strom/en/about/': '<script src="//cdn.example.org/lib.js"></script><link rel="stylesheet" href="//fonts.example.org/a.css">' });
    expect(broken).toEqual([
      { page: '/strom/en/about/', ref: '//cdn.example.org/lib.js', reason: 'protocol-relative URL to another host' },
      { page: '/strom/en/about/', ref: '//fonts.example.org/a.css', reason: 'protocol-relative URL to another host' },
    ]);
    expect(asked).toEqual([]);
  });

  it('checks srcset entries one by one', () => {
    const { broken } = site({ '/strom/en/about/': '<img src="/strom/a.png" srcset="/strom/a.png 1x, /strom/a@2x.png 2x" alt="">' }, ['/strom/a.png']);
    expect(broken).toEqual([{ page: '/strom/en/about/', ref: '/strom/a@2x.png', reason: 'no such page or file' }]);
  });

  it('works at the root base too', () => {
    const { broken } = site({ '/': '<a href="en/">English</a><a href="lv/">Latviešu</a>', '/en/': '<a href="../">Languages</a>' });
    expect(broken).toEqual([{ page: '/', ref: 'lv/', reason: 'no such page or file' }]);
  });
});
