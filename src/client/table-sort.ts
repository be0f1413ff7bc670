/**
 * Sortable tables (classic script, also from file://). The table is complete
 * without it; it turns each column heading of `table[data-sortable]` into a
 * button that sorts the rows by that column, first ascending, then descending,
 * marks the column with `aria-sort` and says what happened in a live region.
 * Cells with `data-sort-value=""` (nothing stated) always go last.
 */
interface SortStrings {
  sortBy: string;
  ascending: string;
  descending: string;
}

declare global {
  interface Window {
    STROM_SORT_STRINGS?: SortStrings;
  }
}

const fill = (template: string, column: string) => template.replace('{column}', column);

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  if (!cell) return '';
  return cell.dataset.sortValue ?? (cell.textContent ?? '').trim();
}

function enhance(table: HTMLTableElement, strings: SortStrings): void {
  const headings = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  const body = table.tBodies[0]!;
  const collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
  const status = document.querySelector<HTMLElement>('[data-sort-status]');
  headings.forEach((th, index) => {
    const label = (th.textContent ?? '').trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = label;
    const icon = document.createElement('span');
    icon.className = 'sort-button__icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    button.title = fill(strings.sortBy, label);
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      const numeric = th.dataset.sortType === 'number';
      const sign = direction === 'ascending' ? 1 : -1;
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = cellValue(a, index);
        const y = cellValue(b, index);
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        return sign * (numeric ? Number(x) - Number(y) : collator.compare(x, y));
      });
      body.append(...rows);
      headings.forEach((other) => other.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', direction);
      if (status) status.textContent = fill(direction === 'ascending' ? strings.ascending : strings.descending, label);
    });
  });
}

function start(): void {
  const strings = window.STROM_SORT_STRINGS;
  if (!strings) return;
  document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach((table) => enhance(table, strings));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

export {};
