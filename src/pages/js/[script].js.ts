import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { chooserScript, searchScript, siteScript } from '../../data/scripts.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [{ params: { script: 'site' } }, { params: { script: 'chooser' } }, ...site.languages.map((l) => ({ params: { script: `search.${l.code}` } }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.script!;
  const { code } = name === 'site' ? await siteScript() : name === 'chooser' ? await chooserScript() : await searchScript(name.slice('search.'.length));
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
