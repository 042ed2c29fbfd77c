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

export function disclosure(summary: string, content: Node, open = false): HTMLDetailsElement {
  return h(
    'details',
    { class: 'results-data', open },
    h('summary', {}, document.createTextNode(summary)),
    h('div', { class: 'table-scroll' }, content),
  );
}
