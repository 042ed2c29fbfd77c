// A real <table> whose column headers are sort buttons with aria-sort, for the class table and the item analysis.
import { h } from '../dom';
import type { UiContext } from '../screen-context';

export interface Column<Row> {
  readonly id: string;
  /** Header text (already translated). */
  readonly label: string;
  /** Cell content for a row: text, or a node (a link). */
  cell(row: Row): string | Node;
  /** Sort key; a column without one cannot be sorted. */
  sortKey?(row: Row): string | number;
  readonly numeric?: boolean;
}

export interface SortState {
  column: string;
  descending: boolean;
}

export function sortTable<Row>(
  ctx: UiContext,
  options: {
    readonly caption: string;
    readonly columns: readonly Column<Row>[];
    readonly rows: readonly Row[];
    readonly state: SortState;
    /** The first column is a row header (the student, the question). */
    readonly className?: string;
    onSort?(state: SortState): void;
  },
): HTMLElement {
  const { columns, state } = options;
  const collator = new Intl.Collator(ctx.language(), { sensitivity: 'base', numeric: true });
  const column = columns.find((c) => c.id === state.column && c.sortKey);
  const rows = [...options.rows];
  if (column?.sortKey) {
    const key = column.sortKey;
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return state.descending ? -order : order;
    });
  }
  const table = h('table', { class: `class-table ${options.className ?? ''}` });
  const head = h('tr');
  for (const c of columns) {
    const sorted = column?.id === c.id;
    const th = h('th', {
      scope: 'col',
      class: c.numeric ? 'num' : undefined,
      'aria-sort': c.sortKey
        ? sorted
          ? state.descending
            ? 'descending'
            : 'ascending'
          : 'none'
        : undefined,
    });
    if (c.sortKey && options.onSort) {
      const button = h(
        'button',
        { type: 'button', class: 'sort-button', 'data-column': c.id },
        document.createTextNode(c.label),
        h(
          'span',
          { class: 'sort-mark', 'aria-hidden': 'true' },
          document.createTextNode(sorted ? (state.descending ? ' ▼' : ' ▲') : ' ↕'),
        ),
      );
      button.addEventListener('click', () =>
        options.onSort?.({
          column: c.id,
          descending: sorted ? !state.descending : Boolean(c.numeric),
        }),
      );
      th.append(button);
    } else th.append(document.createTextNode(c.label));
    head.append(th);
  }
  const body = h('tbody');
  for (const row of rows) {
    const tr = h('tr');
    columns.forEach((c, i) => {
      const content = c.cell(row);
      const cell = h(i === 0 ? 'th' : 'td', {
        scope: i === 0 ? 'row' : undefined,
        class: c.numeric ? 'num' : undefined,
      });
      cell.append(typeof content === 'string' ? document.createTextNode(content) : content);
      tr.append(cell);
    });
    body.append(tr);
  }
  table.append(
    h('caption', {}, document.createTextNode(options.caption)),
    h('thead', {}, head),
    body,
  );
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': options.caption },
    table,
  );
}
