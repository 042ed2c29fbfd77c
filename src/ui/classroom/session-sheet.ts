// The session sheet a teacher shows or prints: the code in large grouped type, a QR code of the join link, the link with a copy button, and a join sheet in French and English.
import { joinLink, type ClassSettings } from '../../services/classroom/session-code';
import type { Translate } from '../../services/i18n';
import { bind, h, paint, text } from '../dom';
import type { UiContext } from '../screen-context';
import { spokenCode } from './code-format';
import { qrSvg } from './qr';
import { copyText, printOnly } from './share';
import { summaryList } from './session-summary';

export interface SheetSession {
  readonly code: string;
  readonly settings: ClassSettings;
  readonly label: string;
}

/** The code in large type, spelt out for screen readers. */
export function codeDisplay(code: string, className = 'class-code'): HTMLElement {
  return h(
    'p',
    { class: className },
    h('span', { 'aria-hidden': 'true' }, document.createTextNode(code)),
    h('span', { class: 'visually-hidden' }, document.createTextNode(spokenCode(code))),
  );
}

/** One language's half of the printed join sheet. */
function joinSheetHalf(
  session: SheetSession,
  link: string,
  t: Translate,
  lang: string,
): HTMLElement {
  const line = (key: string, args?: Record<string, string>) =>
    h('li', {}, document.createTextNode(t(key, args)));
  return h(
    'section',
    { class: 'join-sheet-half', lang },
    h('h2', {}, document.createTextNode(t('class:sheet.printTitle'))),
    session.label
      ? h('p', { class: 'join-sheet-label' }, document.createTextNode(session.label))
      : null,
    h(
      'ol',
      {},
      line('class:sheet.step1', { link }),
      line('class:sheet.step2'),
      line('class:sheet.step3'),
      line('class:sheet.step4'),
    ),
    codeDisplay(session.code, 'class-code join-sheet-code'),
    qrSvg(link, t('class:sheet.qrLabel')),
  );
}

/** The printable join sheet: French then English, whatever the page's language. */
export function joinSheet(ctx: UiContext, session: SheetSession, link: string): HTMLElement {
  return h(
    'div',
    { class: 'join-sheet' },
    joinSheetHalf(session, link, ctx.tIn('fr'), 'fr'),
    joinSheetHalf(session, link, ctx.tIn('en'), 'en'),
  );
}

export function sessionSheet(ctx: UiContext, session: SheetSession, baseUrl: string): HTMLElement {
  const link = joinLink(session.code, baseUrl);
  const linkField = h('input', {
    type: 'text',
    readonly: true,
    id: 'class-sheet-link',
    value: link,
    class: 'class-link',
    spellcheck: 'false',
  });
  const copy = text('button', 'class:sheet.copyLink', {
    type: 'button',
    class: 'button secondary',
  });
  const copied = h('p', { class: 'hint', role: 'status' });
  copy.addEventListener('click', () => {
    void copyText(link, linkField).then((ok) => {
      bind(copied, ok ? 'class:sheet.copied' : 'class:sheet.copyManual', ctx.t);
      ctx.announce(copied.textContent ?? '');
    });
  });
  const print = text('button', 'class:sheet.print', {
    type: 'button',
    class: 'button secondary',
    id: 'class-print-join',
  });
  print.addEventListener('click', () => printOnly(joinSheet(ctx, session, link), 'join'));
  const qrBox = paint(h('div', { class: 'class-qr' }), (box) =>
    box.replaceChildren(qrSvg(link, ctx.t('class:sheet.qrLabel'))),
  );
  const summary = paint(h('div', { class: 'class-summary-box' }), (box) =>
    box.replaceChildren(summaryList(session.settings, ctx.t)),
  );
  return h(
    'section',
    { class: 'class-sheet', 'aria-labelledby': 'class-sheet-heading' },
    text('h3', 'class:sheet.heading', { id: 'class-sheet-heading' }),
    h(
      'div',
      { class: 'class-sheet-grid' },
      h(
        'div',
        {},
        text('p', 'class:sheet.codeLabel', { class: 'class-code-label' }),
        codeDisplay(session.code),
        text('p', 'class:sheet.codeHint', { class: 'hint' }),
        summary,
      ),
      qrBox,
    ),
    h(
      'div',
      { class: 'field' },
      text('label', 'class:sheet.link', { for: 'class-sheet-link' }),
      h('div', { class: 'inline-field' }, linkField, copy),
      copied,
    ),
    h('div', { class: 'actions' }, print),
  );
}
