/** /js/table-sort.<lang>.js: the sortable-table script with that language's strings. */
import { buildClientScript, type BuiltScript } from '../build/client-scripts.ts';
import { getSite } from './site.ts';

export async function tableSortScript(lang: string): Promise<BuiltScript> {
  const t = (await getSite()).t(lang);
  const value = { sortBy: t('comparison.sortBy'), ascending: t('comparison.sortedAscending'), descending: t('comparison.sortedDescending') };
  return buildClientScript('table-sort', { global: 'STROM_SORT_STRINGS', value });
}
