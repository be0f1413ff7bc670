/**
 * The fixed files of an EPUB 3 package (container, package document, navigation
 * document, XHTML pages), as strings. src/build/epub.ts fills them from the
 * whole-guideline page.
 */

export const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const epubMimetype = 'application/epub+zip';

export const containerXml = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

export interface ManifestItem {
  id: string;
  /** Relative to the package document. */
  href: string;
  mediaType: string;
  properties?: string | undefined;
}

export interface PackageFacts {
  identifier: string;
  title: string;
  lang: string;
  publisher: string;
  /** ISO date-time without fractions: "2026-12-01T00:00:00Z". */
  modified: string;
  items: ManifestItem[];
  /** Manifest IDs in reading order. */
  spine: string[];
}

export function packageOpf(facts: PackageFacts): string {
  const items = facts.items
    .map((item) => `    <item id="${escapeXml(item.id)}" href="${escapeXml(item.href)}" media-type="${item.mediaType}"${item.properties ? ` properties="${item.properties}"` : ''}/>`)
    .join('\n');
  const spine = facts.spine.map((id) => `    <itemref idref="${escapeXml(id)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${facts.lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">${escapeXml(facts.identifier)}</dc:identifier>
    <dc:title>${escapeXml(facts.title)}</dc:title>
    <dc:language>${facts.lang}</dc:language>
    <dc:publisher>${escapeXml(facts.publisher)}</dc:publisher>
    <meta property="dcterms:modified">${facts.modified}</meta>
  </metadata>
  <manifest>
${items}
  </manifest>
  <spine>
${spine}
  </spine>
</package>
`;
}

export interface NavEntry {
  href: string;
  text: string;
  /** The entry's language when it is not the book's (an English chapter in a translation). */
  lang?: string | undefined;
  children?: NavEntry[];
}

const navList = (entries: readonly NavEntry[]): string =>
  `<ol>${entries
    .map((e) => `<li${e.lang ? ` lang="${e.lang}" xml:lang="${e.lang}"` : ''}><a href="${escapeXml(e.href)}">${escapeXml(e.text)}</a>${e.children?.length ? navList(e.children) : ''}</li>`)
    .join('')}</ol>`;

export function navXhtml(input: { lang: string; title: string; contentsTitle: string; entries: NavEntry[]; stylesheet: string }): string {
  return xhtmlPage({
    lang: input.lang,
    title: input.contentsTitle,
    stylesheet: input.stylesheet,
    body: `<nav epub:type="toc" id="toc"><h1>${escapeXml(input.contentsTitle)}</h1>${navList(input.entries)}</nav>`,
  });
}

/** An XHTML content document. `body` must already be well-formed XHTML. */
export function xhtmlPage(input: { lang: string; title: string; body: string; stylesheet: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${input.lang}" xml:lang="${input.lang}">
<head><meta charset="utf-8"/><title>${escapeXml(input.title)}</title><link rel="stylesheet" href="${input.stylesheet}" type="text/css"/></head>
<body>${input.body}</body>
</html>
`;
}
