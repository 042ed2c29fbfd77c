// Shared helpers for the Players panel: a player's shown name, dates and numbers in the player's language, and save errors as words.
import type { SaveResult } from '../../services/save/contract';
import type { Translate } from '../../services/i18n';
import { h, translateTree } from '../dom';
import { cleanNickname } from '../../sim/nickname';
import { formats, type Formats } from '../results/format';
import type { UiContext } from '../screen-context';

/** Import files larger than this are refused before they are read: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * The name to show. Cleaned again here because an imported or hand-edited document may hold anything;
 * an empty name becomes the localized "Player 1"-style default, numbered by its place in the list.
 */
export function displayName(t: Translate, name: string, index: number): string {
  const clean = cleanNickname(name);
  return clean || t('saves:players.defaultName', { number: index + 1 });
}

export interface ProfileFormats extends Formats {
  readonly date: (ms: number) => string;
  readonly score: (score: number | null) => string;
}

export function profileFormats(ctx: UiContext): ProfileFormats {
  const numbers = formats(ctx.language());
  let dates: Intl.DateTimeFormat;
  try {
    dates = new Intl.DateTimeFormat(ctx.language(), { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    // A pseudo-locale or an unknown tag must not break the panel.
    dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  }
  return {
    ...numbers,
    date: (ms) => (Number.isFinite(ms) ? dates.format(new Date(ms)) : '—'),
    score: (score) => (score === null ? '—' : numbers.integer(score)),
  };
}

/** The locale key explaining a failed write, in words the player can act on. */
export function saveErrorKey(result: Extract<SaveResult, { ok: false }>): string {
  switch (result.code) {
    case 'storage/quota':
      return 'saves:errors.quota';
    case 'profile/locked':
      return 'saves:errors.locked';
    default:
      return 'saves:errors.failed';
  }
}

/** A button whose visible text is short and whose accessible name also says which player it acts on. */
export function namedButton(
  key: string,
  namedKey: string,
  name: string,
  className = 'button secondary',
): HTMLButtonElement {
  return h('button', {
    type: 'button',
    class: className,
    'data-i18n': key,
    'data-i18n-aria-label': namedKey,
    'data-args': JSON.stringify({ name }),
  });
}

/** Nodes built after the app's last translation pass get their text now. */
export function translated<T extends HTMLElement>(element: T, t: Translate): T {
  translateTree(element, t);
  return element;
}
