import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { chooserScript, searchScript, siteScript } from '../../data/scripts.ts';
import { tableSortScript } from '../../data/table-sort-script.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [{ params: { script: 'site' } }, { params: { script: 'chooser' } }, ...site.languages.flatMap((l) => [{ params: { script: `search.${l.code}` } }, { params: { script: `table-sort.${l.code}` } }])];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.script!;
  if (name.startsWith('table-sort.')) {
    const { code } = await tableSortScript(name.slice('table-sort.'.length));
    return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  }
  const { code } = name === 'site' ? await siteScript() : name === 'chooser' ? await chooserScript() : await searchScript(name.slice('search.'.length));
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
