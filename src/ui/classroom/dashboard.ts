// The dashboard's analysis views of one session: the class table, item analysis, allocations by pillar, scores and outcomes, and each student's run year by year.
import type { VerifiedResult } from '../../services/classroom/verify';
import { formatNumber } from '../../services/number-format';
import { INDICATORS, PILLARS } from '../../sim';
import { h, text, translateTree } from '../dom';
import type { UiContext } from '../screen-context';
import { answerText, rightAnswer } from './answer-text';
import { allocationChart, bandChart } from './charts';
import {
  allocationsByYear,
  classRows,
  itemAnalysis,
  scoreSummary,
  type ClassRow,
} from '../../services/classroom/aggregate';
import type { SessionEnv } from '../../sim';
import { TIERS } from '../results/score-tier';
import type { ClassSettings } from '../../services/classroom/session-code';
import { printOnly } from './share';
import { sortTable, type Column, type SortState } from './sort-table';

export interface DashboardPage {
  readonly code: string;
  readonly label: string;
  readonly settings: ClassSettings;
  readonly results: readonly VerifiedResult[];
}

export interface DashboardDeps {
  readonly env: SessionEnv;
  /** Downloads the class table as CSV in the page's language. */
  csv(page: DashboardPage): void;
  /** Opens the article's section in the "Read the source" view. */
  openSource(section: string, opener: HTMLElement): void;
}

export type DashboardViewId = 'table' | 'items' | 'allocations' | 'scores' | 'runs';

export interface DashboardView {
  readonly element: HTMLElement;
}

type Row = ClassRow & { readonly index: number };

/** 1 = best tier; unknown or none last. */
const tierRank = (id: string | null) => {
  const rank = TIERS.findIndex((t) => t.id === id);
  return rank < 0 ? 99 : rank + 1;
};

/** Kept per page so a re-render (language switch, import) keeps the teacher's sort. */
const sorts = new Map<string, SortState>();

function section(id: string, headingKey: string, ...children: (Node | null)[]) {
  return h(
    'section',
    { class: 'class-view', 'aria-labelledby': `class-${id}-heading` },
    text('h3', headingKey, { id: `class-${id}-heading`, tabindex: '-1' }),
    ...children,
  );
}

function rowsOf(page: DashboardPage): Row[] {
  return classRows(page.results).map((row, index) => ({ ...row, index }));
}

function classTable(ctx: UiContext, page: DashboardPage, deps: DashboardDeps): HTMLElement {
  const f = (n: number) => formatNumber(n, 'upTo1', ctx.language());
  const pct = (n: number) => formatNumber(n, 'percent', ctx.language());
  const rows = rowsOf(page);
  const host = h('div', { class: 'class-table-host' });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const columns: Column<Row>[] = [
    {
      id: 'name',
      label: ctx.t('class:table.nickname'),
      cell: (r) => r.label,
      sortKey: (r) => r.label,
    },
    {
      id: 'score',
      label: ctx.t('class:table.score'),
      numeric: true,
      cell: (r) => (r.score === null ? '—' : f(r.score.total)),
      sortKey: (r) => r.score?.total ?? -1e9,
    },
    {
      id: 'tier',
      label: ctx.t('class:table.tier'),
      cell: (r) => (r.outcome ? ctx.t(`results:tiers.${r.outcome}.name`) : '—'),
      sortKey: (r) => tierRank(r.outcome),
    },
    {
      id: 'quiz',
      label: ctx.t('class:table.quiz'),
      numeric: true,
      cell: (r) => (r.percentRight === null ? '—' : pct(r.percentRight / 100)),
      sortKey: (r) => r.percentRight ?? -1,
    },
    {
      id: 'finished',
      label: ctx.t('class:table.finished'),
      cell: (r) => (r.finished ? ctx.t('class:table.yes') : ctx.t('class:table.no')),
      sortKey: (r) => (r.finished ? 1 : 0),
    },
  ];
  const draw = (state: SortState, announce: boolean) => {
    sorts.set(`${page.code}:table`, state);
    host.replaceChildren(
      sortTable(ctx, {
        caption: ctx.t('class:table.caption'),
        columns,
        rows,
        state,
        onSort: (next) => {
          draw(next, true);
          host.querySelector<HTMLElement>(`button[data-column="${next.column}"]`)?.focus();
        },
      }),
    );
    if (announce) {
      const column = columns.find((c) => c.id === state.column)?.label ?? '';
      status.textContent = ctx.t('class:table.sorted', {
        column,
        direction: ctx.t(state.descending ? 'class:table.descending' : 'class:table.ascending'),
      });
    }
  };
  draw(sorts.get(`${page.code}:table`) ?? { column: 'name', descending: false }, false);
  const csv = text('button', 'class:table.csv', {
    type: 'button',
    class: 'button primary',
    id: 'class-csv',
  });
  csv.addEventListener('click', () => deps.csv(page));
  const print = text('button', 'class:table.printDebrief', {
    type: 'button',
    class: 'button secondary',
    id: 'class-print-debrief',
  });
  print.addEventListener('click', () => printOnly(debriefPrint(ctx, page, deps), 'debrief'));
  if (rows.length === 0)
    return section('table', 'class:table.heading', text('p', 'class:table.empty'));
  return section(
    'table',
    'class:table.heading',
    text('p', 'class:table.verified', { class: 'note' }),
    h('div', { class: 'actions start' }, csv, print),
    host,
    status,
  );
}

function itemsTable(
  ctx: UiContext,
  page: DashboardPage,
  deps: DashboardDeps,
  forPrint = false,
): HTMLElement {
  const pct = (n: number) => formatNumber(n, 'percent', ctx.language());
  const items = itemAnalysis(page.results, deps.env).map((item, order) => ({ ...item, order }));
  if (items.length === 0)
    return section('items', 'class:items.heading', text('p', 'class:items.empty'));
  const prompt = (id: string) => ctx.t(`quiz:questions.${id}.prompt`);
  const columns: Column<(typeof items)[number]>[] = [
    {
      id: 'question',
      label: ctx.t('class:items.question'),
      cell: (i) => prompt(i.questionId),
      sortKey: (i) => i.order,
    },
    {
      id: 'section',
      label: ctx.t('class:items.section'),
      cell: (i) => {
        const title = ctx.t(`source:sections.${i.section}.title`);
        if (forPrint) return title;
        const link = h(
          'button',
          { type: 'button', class: 'link-button' },
          document.createTextNode(`${ctx.t('class:items.passage')}: ${title}`),
        );
        link.addEventListener('click', () => deps.openSource(i.section, link));
        return link;
      },
      sortKey: (i) => i.section,
    },
    {
      id: 'answered',
      label: ctx.t('class:items.answered'),
      numeric: true,
      cell: (i) => String(i.asked),
      sortKey: (i) => i.asked,
    },
    {
      id: 'correct',
      label: ctx.t('class:items.correct'),
      numeric: true,
      cell: (i) => pct(i.percentRight / 100),
      sortKey: (i) => i.percentRight,
    },
    {
      id: 'wrong',
      label: ctx.t('class:items.wrong'),
      cell: (i) => {
        const q = deps.env.quiz.byId.get(i.questionId);
        if (!q || !i.commonWrong) return ctx.t('class:items.none');
        return `${answerText(ctx.t, q, i.commonWrong.answer, ctx.language())} (${i.commonWrong.count})`;
      },
    },
  ];
  const host = h('div');
  const draw = (state: SortState) => {
    sorts.set(`${page.code}:items`, state);
    host.replaceChildren(
      sortTable(ctx, {
        caption: ctx.t('class:items.caption'),
        columns,
        rows: items,
        state,
        onSort: forPrint
          ? undefined
          : (next) => {
              draw(next);
              host.querySelector<HTMLElement>(`button[data-column="${next.column}"]`)?.focus();
            },
      }),
    );
  };
  draw(sorts.get(`${page.code}:items`) ?? { column: 'question', descending: false });
  if (forPrint) return section('items', 'class:items.heading', host);
  const key = text('button', 'class:items.printKey', {
    type: 'button',
    class: 'button secondary',
    id: 'class-print-key',
  });
  key.addEventListener('click', () => printOnly(answerKey(ctx, page, deps), 'key'));
  return section('items', 'class:items.heading', h('div', { class: 'actions start' }, key), host);
}

/** The answer key: every question the class met, its right answer and the article section. */
function answerKey(ctx: UiContext, page: DashboardPage, deps: DashboardDeps): HTMLElement {
  const items = itemAnalysis(page.results, deps.env);
  return h(
    'div',
    {},
    h(
      'h2',
      {},
      document.createTextNode(`${ctx.t('class:items.keyTitle')} · ${page.label || page.code}`),
    ),
    h(
      'ol',
      {},
      ...items.map((i) => {
        const q = deps.env.quiz.byId.get(i.questionId);
        return h(
          'li',
          {},
          h(
            'p',
            {},
            h(
              'strong',
              {},
              document.createTextNode(ctx.t(`quiz:questions.${i.questionId}.prompt`)),
            ),
          ),
          q
            ? h(
                'p',
                {},
                document.createTextNode(
                  ctx.t('class:items.keyAnswer', {
                    answer: answerText(ctx.t, q, rightAnswer(q), ctx.language()),
                  }),
                ),
              )
            : null,
          h('p', {}, document.createTextNode(ctx.t(`source:sections.${i.section}.title`))),
        );
      }),
    ),
  );
}

function allocations(ctx: UiContext, page: DashboardPage): HTMLElement {
  const years = allocationsByYear(page.results);
  if (years.length === 0)
    return section('allocations', 'class:alloc.heading', text('p', 'class:alloc.empty'));
  const f = (n: number) => formatNumber(n, 'dec1', ctx.language());
  const pillarNames = PILLARS.map((p) => ctx.t(`model:pillars.${p}.name`));
  const table = sortTable(ctx, {
    caption: ctx.t('class:alloc.caption'),
    columns: [
      { id: 'year', label: ctx.t('class:alloc.year'), cell: (y) => String(y.year) },
      ...PILLARS.map((p, i) => ({
        id: p,
        label: pillarNames[i] ?? p,
        numeric: true,
        cell: (y: (typeof years)[number]) => f(y.mean[i] ?? 0),
      })),
      {
        id: 'students',
        label: ctx.t('class:alloc.students'),
        numeric: true,
        cell: (y) => String(y.students),
      },
    ],
    rows: years,
    state: { column: 'year', descending: false },
  });
  return section(
    'allocations',
    'class:alloc.heading',
    allocationChart(ctx.t('class:alloc.chartLabel'), years, pillarNames, f),
    table,
  );
}

function scores(ctx: UiContext, page: DashboardPage): HTMLElement {
  const summary = scoreSummary(page.results);
  const f = (n: number | null) => (n === null ? '—' : formatNumber(n, 'upTo1', ctx.language()));
  const bandLabel = (b: (typeof summary.bins)[number]) => `${b.from}–${b.to}`;
  const outcomes = [...summary.outcomes].sort(([a], [b]) => tierRank(a) - tierRank(b));
  return section(
    'scores',
    'class:scores.heading',
    h(
      'p',
      {},
      document.createTextNode(
        ctx.t('class:scores.average', { score: f(summary.mean), median: f(summary.median) }),
      ),
    ),
    bandChart(
      ctx.t('class:scores.chartLabel'),
      summary.bins.map((b) => ({ label: bandLabel(b), count: b.count })),
    ),
    sortTable(ctx, {
      caption: ctx.t('class:scores.caption'),
      columns: [
        { id: 'band', label: ctx.t('class:scores.band'), cell: bandLabel },
        {
          id: 'count',
          label: ctx.t('class:scores.count'),
          numeric: true,
          cell: (b) => String(b.count),
        },
      ],
      rows: summary.bins,
      state: { column: 'band', descending: false },
    }),
    text('h4', 'class:scores.outcomes'),
    sortTable(ctx, {
      caption: ctx.t('class:scores.outcomeCaption'),
      columns: [
        {
          id: 'outcome',
          label: ctx.t('class:scores.outcome'),
          cell: ([id]) => ctx.t(`results:tiers.${id}.name`),
        },
        {
          id: 'count',
          label: ctx.t('class:scores.count'),
          numeric: true,
          cell: ([, n]) => String(n),
        },
      ],
      rows: outcomes,
      state: { column: 'outcome', descending: false },
    }),
  );
}

const chosen = new Map<string, number>();

function runs(ctx: UiContext, page: DashboardPage): HTMLElement {
  const rows = rowsOf(page);
  if (rows.length === 0)
    return section('runs', 'class:runs.heading', text('p', 'class:runs.empty'));
  const select = h(
    'select',
    { id: 'class-run-student' },
    ...rows.map((r) => h('option', { value: String(r.index) }, document.createTextNode(r.label))),
  );
  select.value = String(chosen.get(page.code) ?? 0);
  const host = h('div');
  const f = (n: number) => formatNumber(n, 'upTo1', ctx.language());
  const draw = () => {
    const index = Number(select.value);
    chosen.set(page.code, index);
    const row = rows[index] ?? rows[0];
    if (!row) return;
    const indicators = ['capability', 'chipAutonomy', 'ecosystem', 'influence'] as const;
    const at = (id: (typeof indicators)[number]) => INDICATORS.indexOf(id);
    host.replaceChildren(
      sortTable(ctx, {
        caption: ctx.t('class:runs.yearCaption', { name: row.label }),
        columns: [
          { id: 'year', label: ctx.t('class:alloc.year'), cell: (y) => String(y.year) },
          ...PILLARS.map((p, i) => ({
            id: p,
            label: ctx.t(`model:pillars.${p}.name`),
            numeric: true,
            cell: (y: (typeof row.result.years)[number]) => f(y.allocation[i] ?? 0),
          })),
          {
            id: 'event',
            label: ctx.t('class:runs.event'),
            cell: (y) =>
              y.eventId
                ? `${ctx.t(`events:${y.eventId}.title`)} → ${y.optionId ? ctx.t(`events:${y.eventId}.options.${y.optionId}.label`) : '—'}`
                : ctx.t('class:runs.noEvent'),
          },
          ...indicators.map((id) => ({
            id,
            label: ctx.t(`model:indicators.${id}.name`),
            numeric: true,
            cell: (y: (typeof row.result.years)[number]) => f(y.indicators[at(id)] ?? 0),
          })),
        ],
        rows: row.result.years,
        state: { column: 'year', descending: false },
      }),
    );
  };
  select.addEventListener('change', draw);
  draw();
  return section(
    'runs',
    'class:runs.heading',
    h(
      'div',
      { class: 'field' },
      text('label', 'class:runs.choose', { for: 'class-run-student' }),
      select,
    ),
    host,
  );
}

/** The class table as printed: every student, score, outcome and quiz. */
function debriefTable(ctx: UiContext, page: DashboardPage): HTMLElement {
  const f = (n: number) => formatNumber(n, 'upTo1', ctx.language());
  return sortTable(ctx, {
    caption: ctx.t('class:table.caption'),
    columns: [
      { id: 'name', label: ctx.t('class:table.nickname'), cell: (r: Row) => r.label },
      {
        id: 'score',
        label: ctx.t('class:table.score'),
        numeric: true,
        cell: (r: Row) => (r.score ? f(r.score.total) : '—'),
      },
      {
        id: 'tier',
        label: ctx.t('class:table.tier'),
        cell: (r: Row) => (r.outcome ? ctx.t(`results:tiers.${r.outcome}.name`) : '—'),
      },
      {
        id: 'quiz',
        label: ctx.t('class:table.quiz'),
        numeric: true,
        cell: (r: Row) =>
          r.percentRight === null
            ? '—'
            : formatNumber(r.percentRight / 100, 'percent', ctx.language()),
      },
    ],
    rows: rowsOf(page),
    state: { column: 'name', descending: false },
  });
}

/** The printed class debrief: the class table, scores and outcomes, allocations and the item analysis. */
function debriefPrint(ctx: UiContext, page: DashboardPage, deps: DashboardDeps): HTMLElement {
  const title = h('h2', {}, document.createTextNode(page.label || page.code));
  const body = h(
    'div',
    {},
    title,
    debriefTable(ctx, page),
    scores(ctx, page),
    allocations(ctx, page),
    itemsTable(ctx, page, deps, true),
  );
  translateTree(body, ctx.t);
  // The printed copy has no buttons.
  for (const button of body.querySelectorAll('button'))
    button.replaceWith(document.createTextNode(button.textContent ?? ''));
  return body;
}

export function dashboardView(
  ctx: UiContext,
  page: DashboardPage,
  id: DashboardViewId,
  deps: DashboardDeps,
): DashboardView {
  switch (id) {
    case 'table':
      return { element: classTable(ctx, page, deps) };
    case 'items':
      return { element: itemsTable(ctx, page, deps) };
    case 'allocations':
      return { element: allocations(ctx, page) };
    case 'scores':
      return { element: scores(ctx, page) };
    case 'runs':
      return { element: runs(ctx, page) };
  }
}
