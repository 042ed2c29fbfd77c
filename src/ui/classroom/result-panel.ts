// Under a finished session game's results: the student's result code as copyable text, a QR code and a downloadable file, for the teacher's dashboard.
import { encodeResultCode } from '../../services/classroom/result-code';
import type { PlaySession } from '../../sim';
import { bind, h, paint, text } from '../dom';
import { downloadText, safeFileName } from '../profiles/download';
import type { UiContext } from '../screen-context';
import { qrSvg } from './qr';
import { copyText } from './share';

/** The session code a game belongs to, or null for an ordinary game. */
export function classCodeOf(session: PlaySession | null): string | null {
  const code = (session?.settings as { classCode?: unknown } | undefined)?.classCode;
  return typeof code === 'string' && code ? code : null;
}

/** A result code file: the code alone on one line, so it can also be pasted or opened as text. */
export const RESULT_FILE_EXTENSION = '.bbresult';

export function resultPanel(ctx: UiContext, session: PlaySession): HTMLElement | null {
  const sessionCode = classCodeOf(session);
  if (!sessionCode) return null;
  const nickname = session.settings.nickname;
  const code = encodeResultCode({ nickname, sessionCode, log: session.log });
  const field = h('textarea', {
    id: 'result-code-text',
    class: 'result-code-text',
    readonly: true,
    rows: '4',
    spellcheck: 'false',
    'aria-describedby': 'result-code-hint',
  });
  field.value = code;
  const copy = text('button', 'class:result.copy', {
    type: 'button',
    class: 'button primary',
    id: 'result-code-copy',
  });
  const status = h('p', { class: 'hint', role: 'status' });
  copy.addEventListener('click', () => {
    void copyText(code, field).then((ok) => {
      bind(status, ok ? 'class:result.copied' : 'class:result.copyManual', ctx.t);
      ctx.announce(status.textContent ?? '');
    });
  });
  const download = text('button', 'class:result.download', {
    type: 'button',
    class: 'button secondary',
    id: 'result-code-download',
  });
  download.addEventListener('click', () => {
    const name = safeFileName(`${nickname || 'student'}-${sessionCode}`, 'result');
    downloadText(`${name}${RESULT_FILE_EXTENSION}`, `${code}\n`, 'text/plain');
  });
  const qr = paint(h('div', { class: 'class-qr result-qr' }), (box) =>
    box.replaceChildren(qrSvg(code, ctx.t('class:result.qrLabel'))),
  );
  return h(
    'section',
    { class: 'results-card class-result', 'aria-labelledby': 'class-result-heading' },
    text('h2', 'class:result.heading', { id: 'class-result-heading' }),
    text('p', 'class:result.intro', {}, { session: sessionCode }),
    h(
      'div',
      { class: 'class-result-grid' },
      h(
        'div',
        { class: 'field' },
        text('label', 'class:result.codeLabel', { for: 'result-code-text' }),
        field,
        text('p', 'class:result.hint', { id: 'result-code-hint', class: 'hint' }),
        h('div', { class: 'actions' }, download, copy),
        status,
      ),
      qr,
    ),
  );
}
