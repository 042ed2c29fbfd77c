// Locale-aware number formats shared by i18next (`{{value, signed}}`) and the screens: one decimal, signed, whole.
import { FALLBACK_LANGUAGE, PSEUDO } from './language';

export const NUMBER_FORMATS = {
  /** One decimal: billions of dollars, quiz credit. */
  dec1: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  /** One decimal with a + or − sign: changes of an indicator. */
  signed: { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' },
  /** No decimals: indicator points on the 0–100 scale. */
  int: { maximumFractionDigits: 0 },
} as const satisfies Record<string, Intl.NumberFormatOptions>;

export type NumberFormatName = keyof typeof NUMBER_FORMATS;

export function formatNumber(
  value: number,
  format: NumberFormatName,
  language: string | undefined,
): string {
  const locale = !language || language === PSEUDO ? FALLBACK_LANGUAGE : language;
  return new Intl.NumberFormat(locale, NUMBER_FORMATS[format]).format(value);
}
