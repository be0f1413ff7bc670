/**
 * The site's browser scripts as pages link them: /js/site.js for every page,
 * /js/search.<lang>.js, the search interface with that language's strings, and
 * /js/chooser.js for the language chooser.
 */
import { buildClientScript, type BuiltScript } from '../build/client-scripts.ts';
import { getSite } from './site.ts';

/** The interface strings the search script shows (keys under "search."). */
const searchStringKeys = ['empty', 'noWords', 'loading', 'count', 'noResults', 'tooLong', 'noIndex', 'noIndexLink', 'error', 'allResults', 'type.chapter', 'type.model', 'type.glossary'];

export const searchStringsGlobal = 'STROM_SEARCH_STRINGS';

export function siteScript(): Promise<BuiltScript> {
  return buildClientScript('site');
}

export function chooserScript(): Promise<BuiltScript> {
  return buildClientScript('chooser');
}

export function goScript(): Promise<BuiltScript> {
  return buildClientScript('go');
}

export async function searchScript(lang: string): Promise<BuiltScript> {
  const t = (await getSite()).t(lang);
  const value = Object.fromEntries(searchStringKeys.map((key) => [key, t(`search.${key}`)]));
  return buildClientScript('search', { global: searchStringsGlobal, value });
}
