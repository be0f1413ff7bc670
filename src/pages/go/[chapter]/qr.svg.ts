import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { publicShortLink } from '../../../data/short-links.ts';
import { qrSvg } from '../../../lib/qr.ts';

/** /go/<chapter>/qr.svg: the QR code of the chapter's short link. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.chapters(site.sourceLang).map((c) => ({ params: { chapter: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(publicShortLink(site, params.chapter!)), { headers: { 'Content-Type': 'image/svg+xml' } });
