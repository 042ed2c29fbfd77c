// The one error shape of the class codes: an i18n key in the `codes` namespace and its values, so every reason is translated.

export interface CodeError {
  /** A key of locales/<lang>/codes.json, e.g. `session.typo`. */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const codeError = (key: string, params?: Record<string, string | number>): CodeError =>
  params ? { key, params } : { key };
