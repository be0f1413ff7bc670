/**
 * The EPUB 3 edition of one language, made from the built whole-guideline page
 * (/<lang>/print/): one XHTML file per chapter and one for the glossary, a
 * navigation document, a cover page and a cover image with the title (sharp, with
 * the system's fonts), the chapters' images as PNG or JPEG (EPUB 3.2 readers need
 * not show WebP). Zipped with fflate: "mimetype" first and stored, as EPUB asks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { zipSync, strToU8, type Zippable } from 'fflate';
import sharp from 'sharp';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { containerXml, epubMimetype, escapeXml, navXhtml, packageOpf, xhtmlPage, type ManifestItem, type NavEntry } from '../lib/epub.ts';
import { editionFileName } from '../lib/print-editions.ts';
import { wrapWords } from '../lib/wrap-words.ts';

export interface EpubInput {
  siteDir: string;
  base: string;
  siteUrl: string;
  lang: string;
  version: string;
  /** The build date, "2026-12-01": the book's modification date and the zip entries' date. */
  date: string;
  strings: { title: string; subtitle: string; publisher: string; contents: string };
}

const stylesheet = `body { font-family: serif; line-height: 1.45; margin: 0 4%; }
h1, h2, h3, h4, .block__head { font-family: sans-serif; line-height: 1.2; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; margin-top: 1.6em; } h3 { font-size: 1.1em; }
img { max-width: 100%; height: auto; }
.lead { font-size: 1.1em; }
.block { border: 1px solid #999; border-left-width: 5px; padding: 0.2em 0.8em; margin: 1em 0; }
.block__label { display: block; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.05em; }
.block__title { display: block; font-weight: bold; }
.notice { border: 1px solid #999; padding: 0.2em 0.8em; margin: 1em 0; }
table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; }
.visually-hidden { display: none; }
.cover { text-align: center; margin-top: 20%; } .cover img { max-height: 60vh; }
dt { font-weight: bold; margin-top: 0.8em; } dd { margin-left: 0; }
`;

const classes = (el: Element) => (el.attribs.class ?? '').split(/\s+/);
const text = (el: Element) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
/** Attributes HTML has but the EPUB 3.2 schema does not know. */
const droppedAttributes = ['loading', 'decoding', 'fetchpriority', 'srcset', 'sizes'];

/** Images converted once per build: every language's book shows the same ones. */
const converted = new Map<string, Promise<{ href: string; data: Buffer; mediaType: string }>>();

function convertedImage(source: string) {
  if (!converted.has(source)) {
    const photo = /\.(jpe?g)$/i.test(source);
    const image = sharp(readFileSync(source));
    converted.set(
      source,
      (photo ? image.jpeg({ quality: 82 }) : image.png({ palette: true })).toBuffer().then((data) => ({
        href: `images/${basename(source, extname(source))}.${photo ? 'jpg' : 'png'}`,
        data,
        mediaType: photo ? 'image/jpeg' : 'image/png',
      })),
    );
  }
  return converted.get(source)!;
}

async function coverImage(title: string, subtitle: string): Promise<Buffer> {
  const lines = wrapWords(title, 18);
  const titleSvg = lines.map((line, i) => `<text x="600" y="${520 + i * 110}" text-anchor="middle" font-size="92" font-weight="700">${escapeXml(line)}</text>`).join('');
  const subtitleSvg = wrapWords(subtitle, 36).map((line, i) => `<text x="600" y="${620 + lines.length * 110 + i * 60}" text-anchor="middle" font-size="44">${escapeXml(line)}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1600"><rect width="1200" height="1600" fill="#0b4f6c"/><rect y="1420" width="1200" height="180" fill="#d2691e"/><g fill="#ffffff" font-family="DejaVu Sans, Liberation Sans, sans-serif"><text x="600" y="260" text-anchor="middle" font-size="54" letter-spacing="6">STROM</text>${titleSvg}${subtitleSvg}</g></svg>`;
  // Flat colours: plain PNG is small already, and much faster than palette quantising.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

export async function buildEpub(input: EpubInput): Promise<{ file: string; bytes: number; chapters: number }> {
  const { lang, base } = input;
  const doc = parseDocument(readFileSync(join(input.siteDir, lang, 'print', 'index.html'), 'utf8'));
  const sections = DomUtils.findAll((el) => el.name === 'section' && classes(el).includes('print-chapter'), doc.children);
  if (sections.length === 0) throw new Error(`${lang}/print/index.html has no chapters`);
  const files: Zippable = {};
  const items: ManifestItem[] = [];
  const pageFile = (i: number) => `text/part-${String(i + 1).padStart(2, '0')}.xhtml`;

  // Which page each ID ends up in, so links between chapters keep working.
  const pageOfId = new Map<string, string>();
  sections.forEach((section, i) => {
    for (const el of DomUtils.findAll((e) => Boolean(e.attribs.id), [section])) pageOfId.set(el.attribs.id!, pageFile(i));
    if (section.attribs.id) pageOfId.set(section.attribs.id, pageFile(i));
  });

  const images = new Map<string, string>();
  const nav: NavEntry[] = [];
  for (const [i, section] of sections.entries()) {
    for (const el of DomUtils.findAll((e) => e.name === 'script' || e.name === 'button' || classes(e).includes('print-only-hide'), [section])) DomUtils.removeElement(el);
    for (const el of DomUtils.findAll(() => true, [section])) {
      for (const name of droppedAttributes) delete el.attribs[name];
      // The citation numbers come from CSS on the site; the book gets them as text.
      if (el.name === 'a' && el.attribs['data-n'] && el.children.length === 0) DomUtils.appendChild(el, parseDocument(`[${el.attribs['data-n']}]`).children[0]!);
      if (el.name === 'a' && el.attribs.href !== undefined) {
        const href = el.attribs.href;
        if (href.startsWith('#')) {
          const page = pageOfId.get(decodeURIComponent(href.slice(1)));
          if (page) el.attribs.href = `${basename(page)}${href}`;
          else delete el.attribs.href;
        } else if (href.startsWith('/')) {
          el.attribs.href = new URL(href, input.siteUrl).href;
        }
      }
      if (el.name === 'img' && el.attribs.src?.startsWith(base)) {
        const source = join(input.siteDir, el.attribs.src.slice(base.length).split('?')[0]!);
        let target = images.get(source);
        if (!target) {
          const image = await convertedImage(source);
          target = image.href;
          files[`OEBPS/${target}`] = image.data;
          items.push({ id: `img-${images.size + 1}`, href: target, mediaType: image.mediaType });
          images.set(source, target);
        }
        el.attribs.src = `../${target}`;
      }
    }
    const heading = DomUtils.findOne((el) => el.name === 'h1', [section])!;
    const sectionLang = heading.attribs.lang;
    const children = DomUtils.findAll((el) => el.name === 'h2' && Boolean(el.attribs.id), [section]).map((h) => ({ href: `${pageFile(i)}#${h.attribs.id}`, text: text(h) }));
    nav.push({ href: pageFile(i), text: text(heading), lang: sectionLang, children });
    const body = DomUtils.getOuterHTML(section, { xmlMode: true, encodeEntities: 'utf8' }).replace(/ lang="([^"]+)"/g, ' lang="$1" xml:lang="$1"');
    files[`OEBPS/${pageFile(i)}`] = strToU8(xhtmlPage({ lang, title: text(heading), body, stylesheet: '../style.css' }));
    items.push({ id: `part-${i + 1}`, href: pageFile(i), mediaType: 'application/xhtml+xml' });
  }

  const { title, subtitle, publisher, contents } = input.strings;
  files['OEBPS/cover.png'] = await coverImage(title, subtitle);
  files['OEBPS/text/cover.xhtml'] = strToU8(
    xhtmlPage({
      lang,
      title,
      stylesheet: '../style.css',
      body: `<section class="cover" epub:type="cover"><img src="../cover.png" alt="${escapeXml(title)}"/><h1>${escapeXml(title)}</h1><p>${escapeXml(subtitle)}</p><p>${escapeXml(publisher)}</p><p>${input.version} · ${input.date}</p></section>`,
    }),
  );
  files['OEBPS/nav.xhtml'] = strToU8(navXhtml({ lang, title, contentsTitle: contents, entries: nav, stylesheet: 'style.css' }));
  files['OEBPS/style.css'] = strToU8(stylesheet);
  const manifest: ManifestItem[] = [
    { id: 'nav', href: 'nav.xhtml', mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'cover-image', href: 'cover.png', mediaType: 'image/png', properties: 'cover-image' },
    { id: 'cover', href: 'text/cover.xhtml', mediaType: 'application/xhtml+xml' },
    { id: 'style', href: 'style.css', mediaType: 'text/css' },
    ...items,
  ];
  files['OEBPS/package.opf'] = strToU8(
    packageOpf({
      identifier: `urn:strom-guidelines:${input.version}:${lang}`,
      title,
      lang,
      publisher,
      modified: `${input.date}T00:00:00Z`,
      items: manifest,
      spine: ['cover', 'nav', ...sections.map((_, i) => `part-${i + 1}`)],
    }),
  );
  const mtime = new Date(`${input.date}T12:00:00Z`);
  // "mimetype" must be the first entry, stored uncompressed; object key order is the zip order.
  const zipped = zipSync({ mimetype: [strToU8(epubMimetype), { level: 0 }], 'META-INF/container.xml': strToU8(containerXml), ...files }, { level: 9, mtime });
  const file = `${lang}/downloads/${editionFileName('epub', input.version, lang)}`;
  writeFileSync(join(input.siteDir, file), zipped);
  return { file, bytes: zipped.length, chapters: sections.length };
}
