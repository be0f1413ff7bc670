import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { qrModules, qrSvg } from '../../src/lib/qr.ts';
import { qrPng } from '../../src/build/qr-png.ts';

async function decode(image: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('QR codes', () => {
  const url = 'https://example.org/strom/go/cooperation-and-referral/';

  it('encodes the short link in an SVG that decodes back to it', async () => {
    const svg = await qrSvg(url);
    expect(svg).toContain(`<title>${url}</title>`);
    expect(await decode(await sharp(Buffer.from(svg), { density: 300 }).png().toBuffer())).toBe(url);
  });

  it('renders a PNG at whole pixels per module that decodes to the same link', async () => {
    const svg = await qrSvg(url);
    const png = await qrPng(svg);
    const { width } = await sharp(png).metadata();
    expect(width! % qrModules(svg)).toBe(0);
    expect(await decode(png)).toBe(url);
  });
});
