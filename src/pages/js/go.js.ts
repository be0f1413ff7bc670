import type { APIRoute } from 'astro';
import { goScript } from '../../data/scripts.ts';

/** /js/go.js: the short-link pages' script. */
export const GET: APIRoute = async () =>
  new Response((await goScript()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
