// @vitest-environment happy-dom
// The sortable tables: real headers, a sort button per sortable column with aria-sort, numbers and names sorted as a reader expects.
import { afterEach, describe, expect, it } from 'vitest';
import { sortTable, type SortState } from '../../../src/ui/classroom/sort-table';
import { classContext } from './harness';

afterEach(() => document.body.replaceChildren());

const rows = [
  { name: 'émile', score: 9 },
  { name: 'Zoé', score: 100 },
  { name: 'adam', score: 20 },
];

async function table(state: SortState) {
  const ctx = await classContext('fr');
  const sorts: SortState[] = [];
  const element = sortTable(ctx, {
    caption: 'Class',
    columns: [
      { id: 'name', label: 'Name', cell: (r) => r.name, sortKey: (r) => r.name },
      {
        id: 'score',
        label: 'Score',
        numeric: true,
        cell: (r) => String(r.score),
        sortKey: (r) => r.score,
      },
      { id: 'note', label: 'Note', cell: () => '—' },
    ],
    rows,
    state,
    onSort: (next) => sorts.push(next),
  });
  document.body.append(element);
  const names = () => [...document.querySelectorAll('tbody th')].map((th) => th.textContent);
  return { names, sorts };
}

describe('sortable tables', () => {
  it('sort names with accents and case as a reader would, numbers as numbers', async () => {
    expect((await table({ column: 'name', descending: false })).names()).toEqual([
      'adam',
      'émile',
      'Zoé',
    ]);
    document.body.replaceChildren();
    expect((await table({ column: 'score', descending: true })).names()).toEqual([
      'Zoé',
      'adam',
      'émile',
    ]);
  });

  it('say the sort on the header and offer a button per sortable column', async () => {
    const { sorts } = await table({ column: 'score', descending: false });
    const headers = [...document.querySelectorAll('thead th')];
    expect(headers.map((th) => th.getAttribute('aria-sort'))).toEqual(['none', 'ascending', null]);
    expect(headers[0]?.getAttribute('scope')).toBe('col');
    expect(document.querySelectorAll('thead button')).toHaveLength(2);
    document.querySelector<HTMLButtonElement>('button[data-column="score"]')?.click();
    document.querySelector<HTMLButtonElement>('button[data-column="name"]')?.click();
    // The same column flips; a new numeric column starts with the highest first, a text one from A.
    expect(sorts).toEqual([
      { column: 'score', descending: true },
      { column: 'name', descending: false },
    ]);
    expect(document.querySelector('caption')?.textContent).toBe('Class');
    expect(document.querySelector('.table-scroll')?.getAttribute('aria-label')).toBe('Class');
  });
});
