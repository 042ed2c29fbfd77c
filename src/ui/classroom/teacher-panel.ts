// The "Teacher" dialog's body: a new session, the saved sessions (open, delete), a session file to import, the demo class and the teacher guide.
import type { CodeError } from '../../services/classroom/errors';
import type { Outcome, SessionItem } from '../../app/classroom';
import { bind, h, text, translateTree } from '../dom';
import type { UiContext } from '../screen-context';
import { codeErrorText } from './code-format';
import { sessionForm, type SessionChoice } from './session-form';

export type SessionListItem = SessionItem;
export type { Outcome };

export interface TeacherDeps {
  list(): Promise<readonly SessionListItem[]>;
  create(choice: SessionChoice): Promise<Outcome<SessionListItem>>;
  remove(id: string): Promise<Outcome<null>>;
  /** A session file exported from the dashboard. */
  importFile(text: string): Promise<Outcome<null>>;
  /** A new session filled with simulated students. */
  demo(): Promise<Outcome<SessionListItem>>;
  /** Opens a session's page (the dialog is closed first). */
  open(id: string): void;
  /** Opens the teacher guide (the dialog is closed first). */
  guide(): void;
  randomSeed(): number;
}

/** The name a session goes by: its label, or "Session K7QM-4TZC-9". */
export function sessionName(t: UiContext['t'], item: { label: string; code: string }): string {
  return item.label || t('class:teacher.unnamed', { code: item.code });
}

const MAX_SESSION_FILE_BYTES = 5_000_000;

export function teacherPanel(ctx: UiContext, container: HTMLElement, deps: TeacherDeps) {
  const alert = h('div', { class: 'class-alert', role: 'alert' });
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  const list = h('ul', { class: 'class-list', 'aria-labelledby': 'class-list-heading' });
  const close = () => container.closest('dialog')?.close();
  const fail = (error: CodeError) => {
    const p = h(
      'p',
      {},
      document.createTextNode(
        ctx.t('class:teacher.failed', { reason: codeErrorText(ctx.t, error) }),
      ),
    );
    alert.replaceChildren(p);
  };
  const say = (key: string) => {
    bind(status, key, ctx.t);
    ctx.announce(status.textContent ?? '');
  };
  let busy = false;
  const run = async <T>(job: () => Promise<Outcome<T>>, then: (value: T) => void) => {
    if (busy) return;
    busy = true;
    alert.replaceChildren();
    try {
      const result = await job();
      if (result.ok) then(result.value);
      else fail(result.error);
    } finally {
      busy = false;
    }
  };
  const openItem = (id: string) => {
    close();
    deps.open(id);
  };

  const row = (item: SessionListItem): HTMLLIElement => {
    const name = sessionName(ctx.t, item);
    const date = new Intl.DateTimeFormat(ctx.language(), { dateStyle: 'medium' }).format(
      item.createdAt,
    );
    const open = h(
      'button',
      { type: 'button', class: 'button primary', 'data-session': item.id },
      document.createTextNode(ctx.t('class:teacher.open', { name })),
    );
    const remove = h(
      'button',
      { type: 'button', class: 'button secondary' },
      document.createTextNode(ctx.t('class:teacher.delete', { name })),
    );
    open.addEventListener('click', () => openItem(item.id));
    remove.addEventListener('click', () => {
      const question = ctx.t('class:teacher.deleteConfirm', { name, count: item.resultCount });
      if (!window.confirm(question)) return;
      void run(
        () => deps.remove(item.id),
        () => {
          say('class:teacher.deleted');
          void refresh().then(() => newButton.focus());
        },
      );
    });
    return h(
      'li',
      {},
      h(
        'span',
        { class: 'class-list-name' },
        document.createTextNode(name),
        h(
          'span',
          { class: 'class-list-facts' },
          document.createTextNode(
            `${item.code} · ${ctx.t('class:teacher.results', { count: item.resultCount })} · ${ctx.t('class:teacher.created', { date })}`,
          ),
        ),
      ),
      h('span', { class: 'inline-field' }, open, remove),
    );
  };

  const refresh = async () => {
    const items = await deps.list();
    list.replaceChildren(
      ...(items.length
        ? [...items].sort((a, b) => b.createdAt - a.createdAt).map(row)
        : [h('li', {}, document.createTextNode(ctx.t('class:teacher.empty')))]),
    );
  };

  const formHost = h('div', { class: 'class-new-host' });
  const newButton = text('button', 'class:teacher.newSession', {
    type: 'button',
    class: 'button primary',
    id: 'class-new-session',
    'aria-expanded': 'false',
  });
  const hideForm = () => {
    formHost.replaceChildren();
    newButton.hidden = false;
    newButton.setAttribute('aria-expanded', 'false');
  };
  newButton.addEventListener('click', () => {
    const form = sessionForm(ctx, {
      randomSeed: deps.randomSeed,
      onCreate: (choice) =>
        void run(
          () => deps.create(choice),
          (item) => {
            hideForm();
            openItem(item.id);
          },
        ),
      onCancel: () => {
        hideForm();
        newButton.focus();
      },
    });
    formHost.replaceChildren(form);
    translateTree(formHost, ctx.t);
    newButton.hidden = true;
    newButton.setAttribute('aria-expanded', 'true');
    form.querySelector<HTMLElement>('input')?.focus();
  });
  const demo = text('button', 'class:teacher.demo', {
    type: 'button',
    class: 'button secondary',
    id: 'class-demo',
  });
  demo.addEventListener('click', () => {
    bind(demo, 'class:teacher.working', ctx.t);
    void run(deps.demo, (item) => openItem(item.id)).finally(() =>
      bind(demo, 'class:teacher.demo', ctx.t),
    );
  });
  const guide = text('button', 'class:guide.open', {
    type: 'button',
    class: 'button secondary',
    id: 'class-guide',
  });
  guide.addEventListener('click', () => {
    close();
    deps.guide();
  });
  const file = h('input', {
    type: 'file',
    id: 'class-import-session',
    accept: '.json,application/json',
    'aria-describedby': 'class-import-session-hint',
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_SESSION_FILE_BYTES) {
      fail({ key: 'class:teacher.tooLarge' });
      file.value = '';
      return;
    }
    void chosen.text().then((content) =>
      run(
        () => deps.importFile(content),
        () => {
          file.value = '';
          say('class:teacher.imported');
          void refresh();
        },
      ),
    );
  });

  container.append(
    h(
      'div',
      { class: 'class-teacher' },
      text('p', 'class:teacher.intro'),
      h('div', { class: 'actions start' }, guide, demo),
      alert,
      h('div', { class: 'actions start' }, newButton),
      formHost,
      text('h3', 'class:teacher.listHeading', { id: 'class-list-heading' }),
      list,
      h(
        'section',
        { 'aria-labelledby': 'class-import-session-heading' },
        text('h3', 'class:teacher.importHeading', { id: 'class-import-session-heading' }),
        h(
          'div',
          { class: 'field' },
          text('label', 'class:teacher.importLabel', { for: 'class-import-session' }),
          file,
          text('p', 'class:teacher.importHint', { id: 'class-import-session-hint', class: 'hint' }),
        ),
      ),
      status,
    ),
  );
  void refresh();
  return {
    refresh: () => {
      alert.replaceChildren();
      void refresh();
    },
  };
}
