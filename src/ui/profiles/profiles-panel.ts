// The body of the "Players" dialog: list, switch, rename, delete, create, export and import players on a shared computer.
import type { Persistence, ProfileData, SaveResult } from '../../services/save/contract';
import { h, paint, text } from '../dom';
import type { UiContext } from '../screen-context';
import { downloadText } from './download';
import { importForm } from './import-form';
import { nameField } from './name-field';
import { displayName, saveErrorKey, translated } from './profile-format';
import { profileRow, type ProfileRow } from './profile-row';
import './profiles.css';

export interface ProfilesHandlers {
  /** The active player changed: the app reloads its game, boxes and nickname from `profile`. */
  onSwitched(profile: ProfileData): void;
  /** The list changed (rename, delete, create, import): menus showing the player's name redraw. */
  onChanged(): void;
}

export function profilesBody(
  ctx: UiContext,
  persistence: Persistence,
  handlers: ProfilesHandlers,
): { body: HTMLElement; refresh(): void } {
  const alert = h('div', { class: 'profiles-alert', role: 'alert' });
  const listHeading = text('h3', 'saves:players.listHeading', {
    id: 'profiles-list-heading',
    tabindex: '-1',
  });
  const list = h('ul', { class: 'profile-list', 'aria-labelledby': 'profiles-list-heading' });
  let rows = new Map<string, ProfileRow>();
  let busy = false;

  /** An error in words, with the reasons under it when there are any (an import's refused fields). */
  const showError = (key: string, args?: Record<string, string>, reasons: string[] = []) =>
    alert.replaceChildren(
      translated(
        h(
          'p',
          { class: 'profiles-error' },
          h('span', { 'aria-hidden': 'true' }, document.createTextNode('⚠ ')),
          text('span', key, {}, args),
        ),
        ctx.t,
      ),
      ...(reasons.length
        ? [
            h(
              'ul',
              { class: 'profiles-error-reasons' },
              ...reasons.map((reason) => h('li', {}, document.createTextNode(reason))),
            ),
          ]
        : []),
    );

  /** Runs one change at a time; failures are told in words, never swallowed. */
  const run = async (change: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    alert.replaceChildren();
    try {
      await change();
    } catch (error) {
      console.error(error);
      showError('saves:errors.failed');
    } finally {
      busy = false;
    }
  };
  const succeeded = (result: SaveResult) => {
    if (!result.ok) showError(saveErrorKey(result));
    return result.ok;
  };
  const announce = (key: string, name: string) => ctx.announce(ctx.t(key, { name }));

  /** An id may be any string from an imported file, so rows get positional keys for their element ids. */
  const render = (focus?: string | 'list') => {
    const activeId = persistence.active().id;
    rows = new Map();
    const items = persistence.profiles().map((summary, index) => {
      const name = displayName(ctx.t, summary.name, index);
      const row = profileRow(
        ctx,
        summary,
        name,
        `profile-${index}`,
        summary.id === activeId,
        actions,
      );
      rows.set(summary.id, row);
      return row.element;
    });
    list.replaceChildren(...items);
    translated(list, ctx.t);
    if (focus === 'list') listHeading.focus();
    else if (focus) rows.get(focus)?.focusName();
  };
  const nameOf = (id: string) => {
    const index = persistence.profiles().findIndex((p) => p.id === id);
    return displayName(ctx.t, persistence.profiles()[index]?.name ?? '', Math.max(index, 0));
  };

  const actions = {
    switchTo: (id: string) =>
      void run(async () => {
        const profile = await persistence.switchTo(id);
        handlers.onSwitched(profile);
        render(id);
        announce('saves:switch.done', nameOf(id));
      }),
    rename: (id: string, name: string) =>
      void run(async () => {
        if (!succeeded(await persistence.rename(id, name))) return;
        handlers.onChanged();
        render(id);
        announce('saves:rename.done', nameOf(id));
      }),
    remove: (id: string) =>
      void run(async () => {
        const name = nameOf(id);
        const wasActive = persistence.active().id === id;
        if (!succeeded(await persistence.remove(id))) return;
        handlers.onChanged();
        // Deleting the player in use moves play to another one, which the app must load.
        if (wasActive) handlers.onSwitched(persistence.active());
        render('list');
        announce('saves:delete.done', name);
      }),
    exportProfile: (id: string) => {
      const file = persistence.exportProfile(id);
      downloadText(file.fileName, file.text);
      ctx.announce(ctx.t('saves:export.done', { file: file.fileName }));
    },
    load: (id: string): ProfileData | null => {
      const current = persistence.active();
      if (current.id === id) return current;
      // The contract reads only the active player in full; an export read back (nothing written) gives the others.
      try {
        const preview = persistence.previewImport(persistence.exportProfile(id).text);
        return preview.ok ? preview.profile : null;
      } catch {
        return null;
      }
    },
  };

  const field = nameField('profiles-new-name', 'saves:create.label', ctx.t);
  const create = h(
    'form',
    { class: 'profile-section', 'aria-labelledby': 'profiles-create-heading' },
    text('h3', 'saves:create.heading', { id: 'profiles-create-heading' }),
    field.row,
    h(
      'div',
      { class: 'actions' },
      text('button', 'saves:create.submit', { type: 'submit', class: 'button primary' }),
    ),
  );
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(async () => {
      const created = await persistence.create(field.value());
      field.input.value = '';
      field.input.dispatchEvent(new Event('input'));
      handlers.onChanged();
      if (persistence.active().id === created.id) handlers.onSwitched(created);
      render();
      announce('saves:create.done', nameOf(created.id));
    });
  });

  const importer = importForm(ctx, persistence, {
    showError,
    confirm: async (preview, mode, name) => {
      let result: SaveResult = { ok: false, code: 'storage/failed' };
      await run(async () => {
        const activeId = persistence.active().id;
        result = await persistence.confirmImport(preview, mode);
        if (!succeeded(result)) return;
        handlers.onChanged();
        if (mode === 'replace' && preview.conflictsWith?.id === activeId)
          handlers.onSwitched(persistence.active());
        render('list');
        announce('saves:import.done', name);
      });
      return result;
    },
  });

  const body = h(
    'div',
    { class: 'profiles' },
    text('p', 'saves:players.intro', { class: 'note' }),
    alert,
    h(
      'section',
      { class: 'profile-section', 'aria-labelledby': 'profiles-list-heading' },
      listHeading,
      list,
    ),
    create,
    importer,
  );
  // The list shows dates and counts in the player's language: a repaint rebuilds it.
  paint(list, () => render());
  translated(body, ctx.t);
  return { body, refresh: () => render() };
}
