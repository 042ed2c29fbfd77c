// A labelled player-name input with its limit hint and a live character count, shared by Rename and New player.
import type { Translate } from '../../services/i18n';
import { bind, h, text } from '../dom';
import { cleanNickname, NICKNAME_MAX } from '../../sim/nickname';

export interface NameField {
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  /** The name as it will be saved: plain text, invisible characters removed, cut at NICKNAME_MAX. */
  value(): string;
}

/**
 * `labelKey` may use {{name}} (the player being renamed). maxlength leaves room for characters that
 * cleaning removes (zero-width, bidi controls) and for emoji, which count twice in UTF-16.
 */
export function nameField(
  id: string,
  labelKey: string,
  t: Translate,
  initial = '',
  args?: Record<string, string>,
): NameField {
  const input = h('input', {
    type: 'text',
    id,
    maxlength: String(NICKNAME_MAX * 2),
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint ${id}-count`,
  });
  input.value = initial;
  const count = h('p', { id: `${id}-count`, class: 'hint name-count' });
  const updateCount = () =>
    bind(count, 'saves:name.count', t, {
      used: [...cleanNickname(input.value)].length,
      max: NICKNAME_MAX,
    });
  input.addEventListener('input', updateCount);
  updateCount();
  const row = h(
    'div',
    { class: 'field name-field' },
    text('label', labelKey, { for: id }, args),
    input,
    text('p', 'saves:name.hint', { id: `${id}-hint`, class: 'hint' }, { max: NICKNAME_MAX }),
    count,
  );
  return { row, input, value: () => cleanNickname(input.value) };
}
