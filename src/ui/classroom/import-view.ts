// The dashboard's import view: paste many result codes, choose or drop many files, or scan QR codes; each code is imported whole or not at all, with a reason per rejected line.
import type { ImportEntry, ImportSource, ImportSummary } from '../../app/classroom';
import { h, text } from '../dom';
import type { UiContext } from '../screen-context';
import { codeErrorText } from './code-format';
import { qrScanner, type Scanner } from './scanner';

export type { ImportEntry, ImportSource } from '../../app/classroom';
export type ImportReport = ImportSummary;

/** A result file is small text: anything larger is not one (and is not read whole). */
const MAX_RESULT_FILE_BYTES = 200_000;

/** The non-empty lines of a paste, numbered from 1 as the teacher sees them. */
export function pastedEntries(pasted: string): ImportEntry[] {
  return pasted
    .split(/\r\n?|\n/)
    .map((line, index) => ({
      source: { kind: 'line' as const, line: index + 1 },
      text: line.trim(),
    }))
    .filter((entry) => entry.text.length > 0);
}

export function sourceText(ctx: UiContext, source: ImportSource, reason: string): string {
  if (source.kind === 'line') return ctx.t('class:import.line', { line: source.line, reason });
  if (source.kind === 'file') return ctx.t('class:import.file', { file: source.name, reason });
  return reason;
}

export interface ImportView {
  readonly element: HTMLElement;
  destroy(): void;
}

export function importView(
  ctx: UiContext,
  onImport: (entries: ImportEntry[]) => Promise<ImportReport>,
): ImportView {
  const paste = h('textarea', {
    id: 'class-paste',
    class: 'class-paste',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'class-paste-hint',
  });
  const pasteButton = text('button', 'class:import.paste', {
    type: 'button',
    class: 'button primary',
    id: 'class-paste-import',
  });
  const files = h('input', {
    type: 'file',
    id: 'class-files',
    multiple: true,
    accept: '.bbresult,.txt,text/plain',
    'aria-describedby': 'class-drop-hint',
  });
  const report = h('div', { class: 'class-report', id: 'class-import-report', tabindex: '-1' });
  let busy = false;

  const show = (result: ImportReport) => {
    const summary = ctx.t('class:import.summary', {
      added: result.added,
      duplicates: result.duplicates,
      rejected: result.rejected.length,
    });
    report.replaceChildren(
      h('p', { class: 'class-report-summary' }, document.createTextNode(summary)),
    );
    if (result.rejected.length)
      report.append(
        h('h4', {}, document.createTextNode(ctx.t('class:import.rejectedHeading'))),
        h(
          'ul',
          { class: 'class-rejected' },
          ...result.rejected.map(({ source, error }) =>
            h(
              'li',
              {},
              document.createTextNode(sourceText(ctx, source, codeErrorText(ctx.t, error))),
            ),
          ),
        ),
      );
    ctx.announce(summary);
  };

  const submit = async (entries: ImportEntry[]) => {
    if (busy) return;
    if (entries.length === 0) {
      report.replaceChildren(h('p', {}, document.createTextNode(ctx.t('class:import.nothing'))));
      ctx.announce(ctx.t('class:import.nothing'));
      return;
    }
    busy = true;
    try {
      show(await onImport(entries));
    } finally {
      busy = false;
    }
  };

  pasteButton.addEventListener('click', () => {
    void submit(pastedEntries(paste.value)).then(() => {
      // What was imported or rejected is in the report; the box is emptied for the next batch.
      paste.value = '';
    });
  });

  const readFiles = async (list: readonly File[]) => {
    const entries: ImportEntry[] = [];
    const tooLarge: ImportReport['rejected'][number][] = [];
    for (const file of list) {
      const source = { kind: 'file' as const, name: file.name };
      if (file.size > MAX_RESULT_FILE_BYTES) {
        tooLarge.push({ source, error: { key: 'class:import.fileTooLarge' } });
        continue;
      }
      const content = await file.text().catch(() => '');
      // A file may hold one code, or several (one per line).
      const lines = content
        .split(/\r\n?|\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length === 0) tooLarge.push({ source, error: { key: 'codes:result.empty' } });
      for (const line of lines) entries.push({ source, text: line });
    }
    if (entries.length === 0 && tooLarge.length) {
      show({ added: 0, duplicates: 0, rejected: tooLarge });
      return;
    }
    if (busy) return;
    busy = true;
    try {
      const result = await onImport(entries);
      show({ ...result, rejected: [...tooLarge, ...result.rejected] });
    } finally {
      busy = false;
    }
  };
  files.addEventListener('change', () => {
    void readFiles([...(files.files ?? [])]).then(() => (files.value = ''));
  });
  const drop = h(
    'div',
    { class: 'class-drop' },
    h(
      'div',
      { class: 'field' },
      text('label', 'class:import.filesLabel', { for: 'class-files' }),
      files,
      text('p', 'class:import.drop', { id: 'class-drop-hint', class: 'hint' }),
    ),
  );
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    void readFiles([...(event.dataTransfer?.files ?? [])]);
  });

  const scanner: Scanner = qrScanner(
    ctx,
    (code) => void submit([{ source: { kind: 'scan' }, text: code }]),
  );
  const element = h(
    'section',
    { class: 'class-view class-import', 'aria-labelledby': 'class-import-heading' },
    text('h3', 'class:import.heading', { id: 'class-import-heading', tabindex: '-1' }),
    h(
      'div',
      { class: 'field' },
      text('label', 'class:import.pasteLabel', { for: 'class-paste' }),
      paste,
      text('p', 'class:import.pasteHint', { id: 'class-paste-hint', class: 'hint' }),
      h('div', { class: 'actions start' }, pasteButton),
    ),
    drop,
    scanner.element,
    report,
  );
  return { element, destroy: () => scanner.stop() };
}
