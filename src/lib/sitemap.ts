/**
 * sitemap.xml with hreflang alternates. A page is listed in a language only where
 * it really is in that language (English fallbacks are left out), and each entry
 * names all its language versions.
 */
export interface SitemapPage {
  /** Absolute URL per language code, only for languages the page is written in. */
  urls: Map<string, string>;
  /** Language of the x-default alternate. */
  defaultLang: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: readonly SitemapPage[]): string {
  const entries = pages.flatMap((page) => {
    const alternates = [...page.urls]
      .map(([lang, url]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(url)}"/>`)
      .concat(
        page.urls.has(page.defaultLang)
          ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(page.urls.get(page.defaultLang)!)}"/>`]
          : [],
      )
      .join('\n');
    return [...page.urls.values()].map((url) => `  <url>\n    <loc>${escapeXml(url)}</loc>\n${alternates}\n  </url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
