/** A QR code SVG as a PNG for slides and documents, through sharp. */
import sharp from 'sharp';
import { qrModules } from '../lib/qr.ts';

/** Renders at a whole number of pixels per module (about 600 px wide), so every module stays sharp. */
export async function qrPng(svg: string, targetWidth = 600): Promise<Buffer> {
  const modules = qrModules(svg);
  const width = modules * Math.max(1, Math.round(targetWidth / modules));
  return sharp(Buffer.from(svg), { density: 72 * Math.ceil(width / modules) })
    .resize(width, width, { kernel: 'nearest' })
    .flatten({ background: '#ffffff' })
    .png({ palette: true, colours: 2 })
    .toBuffer();
}
