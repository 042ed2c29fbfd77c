// Number formatting in the player's language (decimal comma in French), safe for pseudo-locales Intl does not know.

export interface Formats {
  /** One decimal at most: indicator values, gaps, points. */
  readonly decimal: (n: number) => string;
  /** Always one decimal, so table columns line up. */
  readonly fixed: (n: number) => string;
  readonly integer: (n: number) => string;
  /** 0..1 shown as a whole percentage. */
  readonly percent: (share: number) => string;
}

function locale(language: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([language]).length ? language : 'en';
  } catch {
    return 'en';
  }
}

export function formats(language: string): Formats {
  const lang = locale(language);
  const decimal = new Intl.NumberFormat(lang, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  });
  const fixed = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return {
    decimal: (n) => decimal.format(n),
    fixed: (n) => fixed.format(n),
    integer: (n) => integer.format(n),
    percent: (share) => percent.format(share),
  };
}
