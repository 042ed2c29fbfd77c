// One player in the Players list: facts, actions, and the inline Rename form and Delete confirmation.
import type { ProfileData, ProfileSummary } from '../../services/save/contract';
import { h, text } from '../dom';
import type { UiContext } from '../screen-context';
import { nameField } from './name-field';
import { historyDetails } from './profile-history';
import { namedButton, profileFormats, translated } from './profile-format';

export interface RowActions {
  switchTo(id: string): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
  exportProfile(id: string): void;
  load(id: string): ProfileData | null;
}

export interface ProfileRow {
  readonly element: HTMLLIElement;
  /** Moves focus to the player's name (after a change redrew the list). */
  focusName(): void;
}

function facts(ctx: UiContext, summary: ProfileSummary): HTMLElement {
  const f = profileFormats(ctx);
  return h(
    'ul',
    { class: 'profile-facts' },
    text('li', 'saves:players.gamesPlayed', {}, { games: f.integer(summary.gamesPlayed) }),
    summary.bestScore === null
      ? text('li', 'saves:players.noBestScore')
      : text('li', 'saves:players.bestScore', {}, { score: f.score(summary.bestScore) }),
    text('li', summary.hasGameInProgress ? 'saves:players.inProgress' : 'saves:players.noGame'),
  );
}

/** `key` is unique in the panel and safe in an id; profile ids come from files and are never put in ids. */
export function profileRow(
  ctx: UiContext,
  summary: ProfileSummary,
  name: string,
  key: string,
  active: boolean,
  actions: RowActions,
): ProfileRow {
  const heading = h('h3', { class: 'profile-name', id: `${key}-name`, tabindex: '-1' });
  heading.textContent = name;
  const rename = namedButton('saves:actions.rename', 'saves:actions.renameNamed', name);
  const exporter = namedButton('saves:actions.export', 'saves:actions.exportNamed', name);
  const remove = namedButton('saves:actions.delete', 'saves:actions.deleteNamed', name);
  const buttons = h('div', { class: 'actions profile-actions' });
  if (!active) {
    const switcher = namedButton(
      'saves:actions.switch',
      'saves:actions.switchNamed',
      name,
      'button primary',
    );
    switcher.addEventListener('click', () => actions.switchTo(summary.id));
    buttons.append(switcher);
  }
  buttons.append(rename, exporter, remove);
  const inline = h('div', { class: 'profile-inline' });
  const element = h(
    'li',
    { class: 'profile-row', 'data-profile-id': summary.id, 'aria-current': active && 'true' },
    h(
      'div',
      { class: 'profile-head' },
      heading,
      active &&
        h(
          'p',
          { class: 'badge profile-current' },
          h('span', { 'aria-hidden': 'true' }, document.createTextNode('✔ ')),
          text('span', 'saves:players.current'),
        ),
    ),
    facts(ctx, summary),
    buttons,
    inline,
    historyDetails(ctx, name, () => actions.load(summary.id)),
  );

  const close = (focus: HTMLElement) => {
    inline.replaceChildren();
    focus.focus();
  };
  // Escape leaves the inline step instead of closing the whole dialog.
  inline.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || inline.childElementCount === 0) return;
    event.preventDefault();
    event.stopPropagation();
    close(inline.querySelector('form') ? rename : remove);
  });

  rename.addEventListener('click', () => {
    const field = nameField(`${key}-rename`, 'saves:rename.label', ctx.t, summary.name, { name });
    const cancel = text('button', 'saves:actions.cancel', {
      type: 'button',
      class: 'button secondary',
    });
    const save = text('button', 'saves:rename.save', { type: 'submit', class: 'button primary' });
    const form = h(
      'form',
      { class: 'profile-rename' },
      field.row,
      h('div', { class: 'actions' }, cancel, save),
    );
    cancel.addEventListener('click', () => close(rename));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      actions.rename(summary.id, field.value());
    });
    inline.replaceChildren(translated(form, ctx.t));
    field.input.focus();
    field.input.select();
  });

  remove.addEventListener('click', () => {
    const cancel = text('button', 'saves:actions.cancel', {
      type: 'button',
      class: 'button secondary',
    });
    const confirm = namedButton(
      'saves:delete.yes',
      'saves:delete.yesNamed',
      name,
      'button primary',
    );
    const box = h(
      'div',
      { class: 'profile-confirm', role: 'group', 'aria-labelledby': `${key}-confirm` },
      h(
        'p',
        { id: `${key}-confirm` },
        h('span', { 'aria-hidden': 'true' }, document.createTextNode('⚠ ')),
        text('span', 'saves:delete.confirm', {}, { name }),
      ),
      h('div', { class: 'actions' }, cancel, confirm),
    );
    cancel.addEventListener('click', () => close(remove));
    confirm.addEventListener('click', () => actions.remove(summary.id));
    inline.replaceChildren(translated(box, ctx.t));
    // The safe choice has focus first: Enter right after "Delete" must not destroy anything.
    cancel.focus();
  });

  exporter.addEventListener('click', () => actions.exportProfile(summary.id));
  return { element, focusName: () => heading.focus() };
}
