/**
 * The link-preview image of a chapter (Open Graph, 1200 × 630): the chapter's
 * title in its language on the site's colours, as SVG for sharp to render with
 * the system's fonts (DejaVu covers Latin, Baltic and Cyrillic letters).
 */
import { escapeXml } from './epub.ts';
import { wrapWords } from './wrap-words.ts';

export const ogImageSize = { width: 1200, height: 630 } as const;

export function ogImageSvg(input: { title: string; siteName: string; subtitle: string }): string {
  // Long titles get a smaller size, so that they fit in four lines.
  const long = input.title.length > 60;
  const size = long ? 58 : 72;
  const lines = wrapWords(input.title, long ? 32 : 26).slice(0, 4);
  const top = 250 - ((lines.length - 1) * size * 1.15) / 2;
  const title = lines.map((line, i) => `<text x="80" y="${Math.round(top + i * size * 1.15)}" font-size="${size}" font-weight="700">${escapeXml(line)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ogImageSize.width}" height="${ogImageSize.height}"><rect width="1200" height="630" fill="#0b4f6c"/><rect y="560" width="1200" height="70" fill="#d2691e"/><g fill="#ffffff" font-family="DejaVu Sans, Liberation Sans, sans-serif"><text x="80" y="110" font-size="36" letter-spacing="3">${escapeXml(input.siteName)}</text>${title}<text x="80" y="606" font-size="28">${escapeXml(input.subtitle)}</text></g></svg>`;
}
