// "Indicators over time": capability against the US frontier, then small multiples of the other five, each with its data table.
import {
  INDICATORS,
  indicatorSeries,
  recordIndicators,
  shownFrontier,
  shownIndicators,
  type GameState,
  type IndicatorId,
} from '../../sim';
import type { Translate } from '../../services/i18n';
import { h } from '../dom';
import { dataTable, disclosure } from './data-table';
import type { Formats } from './format';
import { endGap, gapSeries } from './gap';
import { lineChart } from './line-chart';

/** The five indicators of the small multiples, in the order the player knows them. */
const OTHERS = INDICATORS.filter(
  (id): id is Exclude<IndicatorId, 'capability'> => id !== 'capability',
);

/** Each year's values as its year screen showed them (after the budget, before the event). */
function column(state: GameState, id: IndicatorId): number[] {
  return indicatorSeries(state.history, id);
}

function capabilityFigure(state: GameState, t: Translate, f: Formats): HTMLElement {
  const years = state.history.map((r) => r.year);
  const capability = column(state, 'capability');
  const frontier = state.history.map(shownFrontier);
  const span = {
    first: years[0] ?? state.firstYear,
    last: years[years.length - 1] ?? state.lastYear,
  };
  const chart = lineChart({
    id: 'results-capability',
    size: 'wide',
    heading: 'h3',
    title: t('results:charts.capability.title', span),
    summary: t('results:charts.capability.summary', {
      from: f.decimal(capability[0] ?? 0),
      to: f.decimal(capability[capability.length - 1] ?? 0),
      frontierFrom: f.decimal(frontier[0] ?? 0),
      frontierTo: f.decimal(frontier[frontier.length - 1] ?? 0),
    }),
    years,
    series: [
      {
        label: t('results:indicators.capability'),
        values: capability,
        dash: 'solid',
        marker: 'circle',
        className: 'series-capability',
      },
      {
        label: t('results:indicators.frontier'),
        values: frontier,
        dash: 'dashed',
        marker: 'square',
        className: 'series-frontier',
      },
    ],
    axes: { x: t('results:charts.axisYear'), y: t('results:charts.axisPoints') },
    format: f.decimal,
  });
  const gaps = gapSeries(state.history);
  const last = state.history.at(-1);
  const end = endGap(state.history);
  // The last event comes after the last report: the game ends on those values (the score's), shown last.
  const endRow =
    last && end && (end.gap !== gaps.at(-1)?.gap || last.frontier !== shownFrontier(last))
      ? [
          [
            t('results:charts.endRow', { year: last.year }),
            f.fixed(recordIndicators(last).capability),
            f.fixed(last.frontier),
            f.fixed(end.gap),
          ],
        ]
      : [];
  const table = dataTable(
    t('results:charts.capability.caption'),
    [
      t('results:charts.colYear'),
      t('results:indicators.capability'),
      t('results:indicators.frontier'),
      t('results:charts.colGap'),
    ],
    [
      ...state.history.map((r, i) => [
        String(r.year),
        f.fixed(capability[i] ?? 0),
        f.fixed(frontier[i] ?? 0),
        f.fixed(gaps[i]?.gap ?? 0),
      ]),
      ...endRow,
    ],
  );
  chart.append(disclosure(t('results:charts.showTable'), table));
  return chart;
}

function smallFigure(state: GameState, id: IndicatorId, t: Translate, f: Formats): HTMLElement {
  const years = state.history.map((r) => r.year);
  const values = column(state, id);
  let peak = 0;
  values.forEach((v, i) => {
    if (v > (values[peak] ?? v)) peak = i;
  });
  return lineChart({
    id: `results-${id}`,
    size: 'small',
    heading: 'h4',
    title: t(`results:indicators.${id}`),
    summary: t('results:charts.others.summary', {
      from: f.decimal(values[0] ?? 0),
      first: years[0] ?? state.firstYear,
      to: f.decimal(values[values.length - 1] ?? 0),
      last: years[years.length - 1] ?? state.lastYear,
      peak: f.decimal(values[peak] ?? 0),
      peakYear: years[peak] ?? state.lastYear,
    }),
    years,
    series: [
      {
        label: t(`results:indicators.${id}`),
        values,
        dash: 'solid',
        marker: 'circle',
        className: `series-${id}`,
      },
    ],
    format: f.integer,
  });
}

export function chartsSection(state: GameState, t: Translate, f: Formats): HTMLElement {
  const span = {
    first: state.history[0]?.year ?? state.firstYear,
    last: state.history[state.history.length - 1]?.year ?? state.lastYear,
  };
  const table = dataTable(
    t('results:charts.others.caption'),
    [t('results:charts.colYear'), ...OTHERS.map((id) => t(`results:indicators.${id}`))],
    state.history.map((r) => [
      String(r.year),
      ...OTHERS.map((id) => f.fixed(shownIndicators(r)[id])),
    ]),
  );
  return h(
    'section',
    { class: 'results-card results-charts', 'aria-labelledby': 'results-charts-heading' },
    h('h2', { id: 'results-charts-heading' }, document.createTextNode(t('results:charts.heading'))),
    capabilityFigure(state, t, f),
    h(
      'div',
      { class: 'small-multiples-block' },
      h(
        'h3',
        { id: 'results-others-heading' },
        document.createTextNode(t('results:charts.others.title', span)),
      ),
      h('p', { class: 'chart-note' }, document.createTextNode(t('results:charts.others.note'))),
      h('div', { class: 'small-multiples' }, ...OTHERS.map((id) => smallFigure(state, id, t, f))),
      disclosure(t('results:charts.showTable'), table),
    ),
  );
}
