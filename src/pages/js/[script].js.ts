import type { APIRoute, GetStaticPaths } from 'astro';
import { buildClientScript, clientScripts, type ClientScript } from '../../build/client-scripts.ts';

export const getStaticPaths = (() => clientScripts.map((script) => ({ params: { script } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { code } = await buildClientScript(params.script as ClientScript);
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
