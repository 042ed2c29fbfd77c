// Import a player from a file: size check, validation through previewImport, a preview, and nothing written before the player confirms.
import type { ImportPreview, Persistence, SaveResult } from '../../services/save/contract';
import type { SaveIssue } from '../../services/save/schemas';
import { h, text } from '../dom';
import type { UiContext } from '../screen-context';
import { displayName, MAX_IMPORT_BYTES, profileFormats, translated } from './profile-format';

type Valid = Extract<ImportPreview, { ok: true }>;

/** One refused field in the player's language: the field's path as written in the file, and why. */
export function issueText(ctx: UiContext, issue: SaveIssue): string {
  // No grouping: limits are often years (2018, not 2,018).
  const plain = new Intl.NumberFormat(ctx.language(), { useGrouping: false });
  const number = (n: number | undefined) => (n === undefined ? '' : plain.format(n));
  // An illegal move's path ends with its index in the log; players count from 1.
  const index = Number(issue.path.split('.').pop());
  return ctx.t(`saves:issue.${issue.rule}`, {
    field: issue.path || '—',
    found: issue.found ?? '',
    min: number(issue.min),
    max: number(issue.max),
    number: Number.isInteger(index) ? plain.format(index + 1) : '',
  });
}

const PREVIEW_ERRORS: Readonly<Record<Extract<ImportPreview, { ok: false }>['code'], string>> = {
  'import/not-json': 'saves:import.notJson',
  'import/not-a-profile': 'saves:import.notAProfile',
  'import/newer': 'saves:import.newer',
  'import/invalid': 'saves:import.invalid',
};

export interface ImportHandlers {
  /** Runs the write (the panel shows errors, redraws and announces). */
  confirm(preview: Valid, mode: 'replace' | 'copy', name: string): Promise<SaveResult>;
  showError(key: string, args?: Record<string, string>, reasons?: string[]): void;
}

export function importForm(
  ctx: UiContext,
  persistence: Pick<Persistence, 'previewImport'>,
  handlers: ImportHandlers,
): HTMLElement {
  const input = h('input', {
    type: 'file',
    id: 'profiles-import-file',
    accept: '.json,application/json',
    'aria-describedby': 'profiles-import-hint',
  });
  const preview = h('div', { class: 'profile-import-preview' });
  const reset = () => {
    preview.replaceChildren();
    input.value = '';
  };

  const showPreview = (valid: Valid) => {
    const f = profileFormats(ctx);
    const profile = valid.profile;
    const name = displayName(ctx.t, profile.name, 0);
    const existing = valid.conflictsWith && displayName(ctx.t, valid.conflictsWith.name, 0);
    const cancel = text('button', 'saves:actions.cancel', {
      type: 'button',
      class: 'button secondary',
    });
    const choices: HTMLButtonElement[] = [cancel];
    const choice = (key: string, mode: 'replace' | 'copy', args?: Record<string, string>) => {
      const button = text('button', key, { type: 'button', class: 'button primary' }, args);
      button.addEventListener('click', () => {
        for (const b of choices) b.disabled = true;
        void handlers.confirm(valid, mode, name).then((result) => {
          if (result.ok) reset();
          else for (const b of choices) b.disabled = false;
        });
      });
      choices.push(button);
    };
    if (existing) {
      choice('saves:import.replace', 'replace', { name: existing });
      choice('saves:import.copy', 'copy');
    } else choice('saves:import.import', 'copy');
    cancel.addEventListener('click', () => {
      reset();
      input.focus();
    });
    const heading = text('h4', 'saves:import.previewHeading', {
      tabindex: '-1',
      id: 'profiles-import-preview',
    });
    const box = h(
      'div',
      { class: 'profile-confirm', role: 'group', 'aria-labelledby': 'profiles-import-preview' },
      heading,
      h(
        'ul',
        { class: 'profile-facts' },
        text('li', 'saves:import.name', {}, { name }),
        text('li', 'saves:players.gamesPlayed', {}, { games: f.integer(profile.finished.length) }),
        profile.bestScore === null
          ? text('li', 'saves:players.noBestScore')
          : text('li', 'saves:players.bestScore', {}, { score: f.score(profile.bestScore) }),
        text('li', profile.game ? 'saves:players.inProgress' : 'saves:players.noGame'),
        valid.recomputed ? text('li', 'saves:import.recomputed') : null,
      ),
      existing ? text('p', 'saves:import.conflict', { class: 'note' }, { name: existing }) : null,
      h('div', { class: 'actions' }, ...choices),
    );
    preview.replaceChildren(translated(box, ctx.t));
    // The summary is read first, so the player knows what the buttons will do.
    heading.focus();
  };

  input.addEventListener('change', () => {
    preview.replaceChildren();
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      input.value = '';
      handlers.showError('saves:import.tooLarge');
      return;
    }
    file.text().then(
      (content) => {
        const result = persistence.previewImport(content);
        if (result.ok) showPreview(result);
        else {
          input.value = '';
          const reasons = (result.issues ?? []).map((issue) => issueText(ctx, issue));
          handlers.showError(PREVIEW_ERRORS[result.code], undefined, reasons);
        }
      },
      () => handlers.showError('saves:import.unreadable'),
    );
  });

  return h(
    'section',
    { class: 'profile-section', 'aria-labelledby': 'profiles-import-heading' },
    text('h3', 'saves:import.heading', { id: 'profiles-import-heading' }),
    h(
      'div',
      { class: 'field' },
      text('label', 'saves:import.label', { for: 'profiles-import-file' }),
      input,
      text('p', 'saves:import.hint', { id: 'profiles-import-hint', class: 'hint' }),
    ),
    preview,
  );
}
