// The student's "join a class session" form: the session code (typed, pasted or from the join link), checked as it is typed, and a nickname.
import { parseSessionCode, type ClassSettings } from '../../services/classroom/session-code';
import { cleanNickname, NICKNAME_MAX } from '../../sim/nickname';
import { bind, h, paint, text } from '../dom';
import type { UiContext } from '../screen-context';
import { codeErrorKey } from './code-format';
import { summaryList } from './session-summary';

export interface JoinChoice {
  readonly code: string;
  readonly settings: ClassSettings;
  readonly nickname: string;
}

export interface JoinForm {
  readonly element: HTMLFormElement;
  /** Fills the code field (from the join link) and checks it. */
  setCode(code: string): void;
  /** Puts focus where the student should start: the code, or the nickname once a code is filled in. */
  focus(): void;
}

export function joinForm(ctx: UiContext, onJoin: (choice: JoinChoice) => void): JoinForm {
  const code = h('input', {
    type: 'text',
    id: 'join-code',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '200',
    'aria-describedby': 'join-code-hint join-code-error',
  });
  const error = h('p', { id: 'join-code-error', class: 'field-error' });
  const nickname = h('input', {
    type: 'text',
    id: 'join-nickname',
    name: 'nickname',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: String(NICKNAME_MAX * 2),
    'aria-describedby': 'join-nickname-hint join-nickname-error',
  });
  const nicknameError = h('p', { id: 'join-nickname-error', class: 'field-error' });
  let parsed: { settings: ClassSettings; code: string } | null = null;
  const renderSummary = (box: HTMLElement) => {
    box.replaceChildren();
    if (!parsed) return;
    const { settings } = parsed;
    box.append(
      h('p', {}, document.createTextNode(ctx.t('class:join.found', { code: parsed.code }))),
      summaryList(settings, ctx.t),
    );
    if (settings.language !== 'any') {
      const language = ctx.t(`class:new.lang.${settings.language}`);
      box.append(
        h(
          'p',
          { class: 'note' },
          document.createTextNode(ctx.t('class:join.languageFixed', { language })),
        ),
      );
    }
  };
  const summary = paint(h('div', { class: 'join-summary' }), renderSummary);
  const join = text('button', 'class:join.start', {
    type: 'submit',
    class: 'button primary',
    id: 'join-start',
  });

  /** Checks the code; `quiet` while typing (no message until the code is long enough to judge). */
  const check = (quiet: boolean): boolean => {
    const result = parseSessionCode(code.value);
    parsed = result.ok ? { settings: result.settings, code: result.code } : null;
    renderSummary(summary);
    const early =
      !result.ok && quiet && ['session.empty', 'session.too-short'].includes(result.error.key);
    if (result.ok || early) {
      error.replaceChildren();
      code.removeAttribute('aria-invalid');
      return result.ok;
    }
    const message = h('span');
    error.replaceChildren(message);
    // Bound with its values, so a language switch re-translates it.
    bind(message, codeErrorKey(result.error), ctx.t, { ...(result.error.params ?? {}) });
    code.setAttribute('aria-invalid', 'true');
    if (!quiet) ctx.announce(message.textContent ?? '');
    return false;
  };
  code.addEventListener('input', () => void check(true));
  code.addEventListener('change', () => void check(false));

  const form = h(
    'form',
    { class: 'class-form join-form', novalidate: true, 'aria-labelledby': 'join-heading' },
    text('h3', 'class:join.heading', { id: 'join-heading' }),
    text('p', 'class:join.intro'),
    h(
      'div',
      { class: 'field' },
      text('label', 'class:join.code', { for: 'join-code' }),
      code,
      text('p', 'class:join.codeHint', { id: 'join-code-hint', class: 'hint' }),
      error,
    ),
    summary,
    h(
      'div',
      { class: 'field' },
      text('label', 'class:join.nickname', { for: 'join-nickname' }),
      nickname,
      text(
        'p',
        'class:join.nicknameHint',
        { id: 'join-nickname-hint', class: 'hint' },
        { max: NICKNAME_MAX },
      ),
      nicknameError,
    ),
    h('div', { class: 'actions' }, join),
  );
  nickname.addEventListener('input', () => {
    nicknameError.replaceChildren();
    nickname.removeAttribute('aria-invalid');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!check(false) || !parsed) {
      code.focus();
      return;
    }
    const name = cleanNickname(nickname.value);
    if (!name) {
      const message = h('span');
      nicknameError.replaceChildren(message);
      bind(message, 'class:join.nicknameNeeded', ctx.t);
      nickname.setAttribute('aria-invalid', 'true');
      nickname.focus();
      return;
    }
    onJoin({ code: parsed.code, settings: parsed.settings, nickname: name });
  });
  return {
    element: form,
    setCode(value) {
      code.value = value;
      check(false);
    },
    focus() {
      (parsed ? nickname : code).focus();
    },
  };
}
