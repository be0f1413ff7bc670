/**
 * The PDF editions: each language's whole-guideline page (/<lang>/print/)
 * printed by Debian's Chromium to A4, with a running header (the title), page
 * numbers, a tagged structure (document language, outline from the headings) and
 * the fonts embedded. Pages are served to the browser from the built folder under
 * the public address, so links in the PDF point at the public site and no
 * request leaves the machine.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { pdfFileName } from '../lib/print-editions.ts';

export interface PdfInput {
  siteDir: string;
  /** The base path the site was built with: "/" or "/strom/". */
  base: string;
  /** The public address (SITE_URL). */
  siteUrl: string;
  languages: readonly string[];
  version: string;
  progress?: (message: string) => void;
}

export interface BuiltPdf {
  lang: string;
  /** Path relative to the site folder: "lv/downloads/strom-guidelines-0.1.0-lv.pdf". */
  file: string;
  bytes: number;
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg' };

const headerTemplate = (title: string) =>
  `<div style="width:100%;margin:0 15mm;font:8px sans-serif;color:#555;text-align:center">${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>`;
const footerTemplate = '<div style="width:100%;margin:0 15mm;font:9px sans-serif;color:#333;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export async function buildPdfs(input: PdfInput): Promise<BuiltPdf[]> {
  const origin = new URL(input.siteUrl).origin;
  const browser = await launchChromium();
  const built: BuiltPdf[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // Every request is answered from the built site; anything else is refused.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin || !url.pathname.startsWith(input.base)) return route.abort('blockedbyclient');
      let file = join(input.siteDir, decodeURIComponent(url.pathname.slice(input.base.length)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
    });
    for (const [index, lang] of input.languages.entries()) {
      const page = await context.newPage();
      await page.goto(`${origin}${input.base}${lang}/print/`, { waitUntil: 'load' });
      const title = await page.title();
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(title),
        footerTemplate,
        margin: { top: '18mm', bottom: '16mm', left: '15mm', right: '15mm' },
        outline: true,
        tagged: true,
      });
      await page.close();
      const file = `${lang}/downloads/${pdfFileName(input.version, lang)}`;
      writeFileSync(join(input.siteDir, file), pdf);
      built.push({ lang, file, bytes: pdf.length });
      input.progress?.(`[${index + 1}/${input.languages.length}] ${file}: ${(pdf.length / 1024 / 1024).toFixed(1)} MB`);
    }
  } finally {
    await browser.close();
  }
  return built;
}
