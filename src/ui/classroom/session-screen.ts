// The teacher's page for one session: the session sheet, importing results, the dashboard's views, projector mode and the session's data, one view at a time.
import type { SessionData } from '../../app/classroom';
import { bind, h, text, translateTree } from '../dom';
import type { UiContext } from '../screen-context';
import { dashboardView, type DashboardDeps } from './dashboard';
import { importView, type ImportEntry, type ImportReport } from './import-view';
import { sessionSheet } from './session-sheet';
import { sessionName, type Outcome } from './teacher-panel';

export type SessionPage = SessionData;

export interface SessionScreenDeps {
  readonly baseUrl: string;
  readonly dashboard: DashboardDeps;
  load(id: string): Promise<SessionPage | null>;
  addCodes(id: string, entries: ImportEntry[]): Promise<ImportReport>;
  exportFile(id: string): Promise<{ fileName: string; text: string } | null>;
  remove(id: string): Promise<Outcome<null>>;
  addDemo(id: string): Promise<Outcome<number>>;
  /** Starts the shared projector game of this session. */
  projector(page: SessionPage): void;
  /** Back to the title. */
  close(): void;
}

export const VIEW_IDS = [
  'sheet',
  'import',
  'table',
  'items',
  'allocations',
  'scores',
  'runs',
  'projector',
  'data',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface SessionScreen {
  readonly element: HTMLElement;
  open(id: string, view?: ViewId): Promise<void>;
  refresh(): void;
  destroy(): void;
}

export function sessionScreen(
  ctx: UiContext,
  host: HTMLElement,
  deps: SessionScreenDeps,
): SessionScreen {
  const heading = h('h2', { id: 'class-screen-heading', tabindex: '-1' });
  const back = text('button', 'class:screen.back', {
    type: 'button',
    class: 'button secondary',
    id: 'class-back',
  });
  back.addEventListener('click', () => deps.close());
  const nav = h('ul', { class: 'class-views' });
  const viewHost = h('div', { class: 'class-view-host' });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const card = h(
    'div',
    { class: 'card class-card' },
    h('div', { class: 'class-top' }, heading, back),
    h(
      'nav',
      { 'aria-label': ctx.t('class:screen.views'), 'data-i18n-aria-label': 'class:screen.views' },
      nav,
    ),
    viewHost,
    status,
  );
  host.append(card);
  let page: SessionPage | null = null;
  let current: ViewId = 'sheet';
  let destroyView: (() => void) | null = null;
  const buttons = new Map<ViewId, HTMLButtonElement>();
  for (const id of VIEW_IDS) {
    const button = text('button', `class:screen.${id}`, {
      type: 'button',
      class: 'button secondary',
      id: `class-view-${id}`,
      'aria-controls': 'class-view',
    });
    button.addEventListener('click', () => void show(id, true));
    buttons.set(id, button);
    nav.append(h('li', {}, button));
  }
  translateTree(card, ctx.t);

  const reload = async () => {
    if (!page) return;
    page = (await deps.load(page.id)) ?? page;
  };

  const dataView = (p: SessionPage): HTMLElement => {
    const exportButton = text('button', 'class:data.export', {
      type: 'button',
      class: 'button secondary',
      id: 'class-export',
    });
    const remove = text('button', 'class:data.delete', {
      type: 'button',
      class: 'button secondary',
      id: 'class-delete',
    });
    const demo = text('button', 'class:data.demo', {
      type: 'button',
      class: 'button secondary',
      id: 'class-add-demo',
    });
    const note = h('p', { role: 'status' });
    exportButton.addEventListener('click', () => {
      void deps.exportFile(p.id).then((file) => {
        if (!file) return;
        const link = h('a', {
          href: URL.createObjectURL(new Blob([file.text], { type: 'application/json' })),
          download: file.fileName,
          hidden: true,
        });
        document.body.append(link);
        link.click();
        link.remove();
      });
    });
    remove.addEventListener('click', () => {
      const question = ctx.t('class:teacher.deleteConfirm', {
        name: sessionName(ctx.t, p),
        count: p.results.length,
      });
      if (!window.confirm(question)) return;
      void deps.remove(p.id).then((result) => {
        if (result.ok) {
          ctx.announce(ctx.t('class:teacher.deleted'));
          deps.close();
        }
      });
    });
    demo.addEventListener('click', () => {
      bind(note, 'class:teacher.working', ctx.t);
      void deps.addDemo(p.id).then(async (result) => {
        if (!result.ok) return;
        await reload();
        bind(note, 'class:data.demoDone', ctx.t, { count: result.value });
        ctx.announce(note.textContent ?? '');
      });
    });
    return h(
      'section',
      { class: 'class-view', 'aria-labelledby': 'class-data-heading' },
      text('h3', 'class:data.heading', { id: 'class-data-heading', tabindex: '-1' }),
      text('p', 'class:data.intro'),
      h('div', { class: 'actions start' }, exportButton, demo, remove),
      note,
    );
  };

  const projectorView = (p: SessionPage): HTMLElement => {
    const start = text('button', 'class:projector.start', {
      type: 'button',
      class: 'button primary',
      id: 'class-projector-start',
    });
    start.addEventListener('click', () => deps.projector(p));
    return h(
      'section',
      { class: 'class-view', 'aria-labelledby': 'class-projector-heading' },
      text('h3', 'class:projector.heading', { id: 'class-projector-heading', tabindex: '-1' }),
      text('p', 'class:projector.intro'),
      h('div', { class: 'actions start' }, start),
    );
  };

  async function show(id: ViewId, focus: boolean): Promise<void> {
    if (!page) return;
    current = id;
    destroyView?.();
    destroyView = null;
    for (const [view, button] of buttons) button.setAttribute('aria-current', String(view === id));
    let element: HTMLElement;
    if (id === 'sheet') element = sessionSheet(ctx, page, deps.baseUrl);
    else if (id === 'import') {
      const pageId = page.id;
      const view = importView(ctx, async (entries) => {
        const report = await deps.addCodes(pageId, entries);
        await reload();
        return report;
      });
      destroyView = view.destroy;
      element = view.element;
    } else if (id === 'data') element = dataView(page);
    else if (id === 'projector') element = projectorView(page);
    else {
      element = dashboardView(ctx, page, id, deps.dashboard).element;
    }
    element.id = 'class-view';
    viewHost.replaceChildren(element);
    translateTree(viewHost, ctx.t);
    if (focus) element.querySelector<HTMLElement>('h3[tabindex="-1"]')?.focus();
  }

  const paintHeading = () => {
    if (page) heading.textContent = sessionName(ctx.t, page);
  };

  return {
    element: card,
    async open(id, view = 'sheet') {
      page = await deps.load(id);
      if (!page) return;
      paintHeading();
      await show(view, false);
      heading.focus();
    },
    refresh() {
      translateTree(card, ctx.t);
      paintHeading();
      if (page) void show(current, false);
    },
    destroy() {
      destroyView?.();
      card.remove();
    },
  };
}
