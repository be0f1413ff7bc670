import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ogImageSize, ogImageSvg } from '../../src/lib/og-image.ts';

describe('link-preview image', () => {
  it('draws the title in its language, escaped, and renders at 1200 × 630', async () => {
    const svg = ogImageSvg({ title: 'Распознавание возможных жертв & <помощь>', siteName: 'STROM', subtitle: 'Руководство' });
    expect(svg).toContain('Распознавание');
    expect(svg).toContain('&amp; &lt;помощь&gt;');
    const meta = await sharp(await sharp(Buffer.from(svg)).png().toBuffer()).metadata();
    expect([meta.width, meta.height]).toEqual([ogImageSize.width, ogImageSize.height]);
  });

  it('keeps a long title to four lines', () => {
    const svg = ogImageSvg({ title: 'word '.repeat(60), siteName: 'S', subtitle: 'x' });
    expect(svg.match(/font-weight="700"/g)).toHaveLength(4);
  });
});
