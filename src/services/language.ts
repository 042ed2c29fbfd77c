// Which language to show: ?lang=, else the remembered choice, else the browser's if we ship it, else English.

/** The dev-only pseudo-locale: accented, 40% longer English that exposes hard-coded strings. */
export const PSEUDO = 'pseudo';
export const FALLBACK_LANGUAGE = 'en';

export interface LanguageSources {
  /** Language codes that have a locales/<code>/ folder. */
  readonly supported: readonly string[];
  /** `?lang=` from the address bar, if any. */
  readonly query: string | null;
  /** The choice remembered from an earlier visit, if any. */
  readonly stored: string | null;
  /** navigator.languages, most preferred first. */
  readonly browser: readonly string[];
  /** The pseudo-locale is offered in development builds only. */
  readonly allowPseudo: boolean;
}

export function pickLanguage({
  supported,
  query,
  stored,
  browser,
  allowPseudo,
}: LanguageSources): string {
  // Codes are case-insensitive (`?lang=FR` is French), and a region is ignored (`fr-CA`).
  const asked = query?.trim().toLowerCase().split(/[-_]/)[0] ?? null;
  if (asked === PSEUDO && allowPseudo) return PSEUDO;
  const known = (code: string | null | undefined): code is string =>
    !!code && supported.includes(code);
  if (known(asked)) return asked;
  if (known(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (known(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}
