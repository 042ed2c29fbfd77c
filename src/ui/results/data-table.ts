// The data behind a chart as a real table, folded in a <details> so the page stays short on a projector.
import { h } from '../dom';

/** First column is a row header (the year); every other cell is plain text already formatted. */
export function dataTable(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): HTMLTableElement {
  const head = h(
    'tr',
    {},
    ...headers.map((label) => h('th', { scope: 'col' }, document.createTextNode(label))),
  );
  const body = rows.map((cells) =>
    h(
      'tr',
      {},
      ...cells.map((cell, i) =>
        h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, document.createTextNode(cell)),
      ),
    ),
  );
  return h(
    'table',
    { class: 'results-table' },
    h('caption', {}, document.createTextNode(caption)),
    h('thead', {}, head),
    h('tbody', {}, ...body),
  );
}

/** A wide table scrolls sideways on a phone; the scroll box is focusable and named so keyboards can scroll it too. */
export function scrollBox(table: HTMLTableElement): HTMLElement {
  const label = table.caption?.textContent ?? '';
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label },
    table,
  );
}

export function disclosure(
  summary: string,
  table: HTMLTableElement,
  open = false,
): HTMLDetailsElement {
  return h(
    'details',
    { class: 'results-data', open },
    h('summary', {}, document.createTextNode(summary)),
    scrollBox(table),
  );
}
