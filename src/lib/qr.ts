/**
 * QR codes for short links, as SVG. `qrcode` (node-qrcode) is the most used QR
 * encoder on npm, pure JavaScript and kept up; encoding by hand is easy to get
 * subtly wrong (masking, error correction), which a scanner does not forgive.
 */
import QRCode from 'qrcode';

/** Size in modules of the quiet zone around the code; 4 is what the standard asks for. */
const quietZone = 4;

/** An SVG QR code for a URL: black on white, medium error correction, crisp edges. */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: quietZone, color: { dark: '#000000', light: '#ffffff' } });
  // A title names the image for readers who open the file itself.
  return svg.replace(/^<svg([^>]*)>/, (_, attrs: string) => `<svg${attrs} role="img"><title>${escapeXml(text)}</title>`);
}

/** The code's width in modules, quiet zone included (from its viewBox), to render it at whole pixels per module. */
export function qrModules(svg: string): number {
  const match = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!match) throw new Error('QR code SVG without a viewBox');
  return Number(match[1]);
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
