import type { APIRoute } from 'astro';
import { publicShortLink } from '../../../data/short-links.ts';
import { qrSvg } from '../../../lib/qr.ts';
import { qrPng } from '../../../build/qr-png.ts';

export { getStaticPaths } from './qr.svg.ts';

/** /go/<chapter>/qr.png: the same QR code as a PNG, for slides. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(new Uint8Array(await qrPng(await qrSvg(publicShortLink(site, params.chapter!)))), { headers: { 'Content-Type': 'image/png' } });
