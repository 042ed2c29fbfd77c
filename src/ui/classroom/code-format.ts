// How codes are shown and spoken: a session code spelt out symbol by symbol for screen readers, and error keys in the codes namespace.
import type { CodeError } from '../../services/classroom/errors';
import type { Translate } from '../../services/i18n';

/** "K7QM-4TZC-9" read as "K 7 Q M, 4 T Z C, 9": a screen reader then says each symbol. */
export function spokenCode(code: string): string {
  return code
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
}

/** A code error's full key (its key lives in the `codes` namespace). */
export function codeErrorKey(error: CodeError): string {
  return error.key.includes(':') ? error.key : `codes:${error.key}`;
}

/** A translated reason for a code error. */
export function codeErrorText(t: Translate, error: CodeError): string {
  return t(codeErrorKey(error), { ...(error.params ?? {}) });
}
