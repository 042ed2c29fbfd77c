// The one way numbers are written: locale-aware formats shared by i18next (`{{value, signed}}`) and every screen.
import { FALLBACK_LANGUAGE, PSEUDO } from './language';

export const NUMBER_FORMATS = {
  /** One decimal: billions of dollars, quiz credit. */
  dec1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  /** One decimal with a + or − sign: changes of an indicator. */
  signed: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  /** No decimals: indicator points on the 0–100 scale. */
  int: { maximumFractionDigits: 0 },
  /** One decimal at most: indicator values, gaps, points on the results. */
  upTo1: { maximumFractionDigits: 1, minimumFractionDigits: 0 },
  /** Two decimals at most: numeric quiz answers. */
  upTo2: { maximumFractionDigits: 2 },
  /** 0..1 shown as a whole percentage. */
  percent: { style: 'percent', maximumFractionDigits: 0 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberFormatName = keyof typeof NUMBER_FORMATS;

/** Building an Intl.NumberFormat costs far more than using one: keep one per language and format. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(
  value: number,
  format: NumberFormatName,
  language: string | undefined,
): string {
  const locale = !language || language === PSEUDO ? FALLBACK_LANGUAGE : language;
  const key = `${locale}:${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, NUMBER_FORMATS[format]);
    formatters.set(key, formatter);
  }
  // Intl writes a hyphen-minus in French and English; typography wants the minus sign U+2212.
  return formatter.format(value).replace(/-/g, '\u2212');
}

/** Uses each format once, so the browser loads its locale data while the player is still on the title. */
export function warmNumberFormats(language: string): void {
  for (const format of Object.keys(NUMBER_FORMATS) as NumberFormatName[])
    formatNumber(1.5, format, language);
}
