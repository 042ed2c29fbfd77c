// Test helper: a real i18next instance fed from the locale files, set up like the game's (French and English, English fallback, no escaping).
import { readFileSync } from 'node:fs';
import i18next, { type i18n as I18n } from 'i18next';
import { formatBillions } from '../../src/services/i18n';
import {
  formatNumber,
  NUMBER_FORMATS,
  type NumberFormatName,
} from '../../src/services/number-format';

function bundle(lang: string, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Record<string, unknown>;
}

export async function createTestI18n(
  language: string,
  namespaces: readonly string[],
  defaultNS = 'ui',
): Promise<I18n> {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    ['fr', 'en'].map((lang) => [
      lang,
      Object.fromEntries(namespaces.map((ns) => [ns, bundle(lang, ns)])),
    ]),
  );
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [...namespaces],
    defaultNS,
    resources,
    interpolation: { escapeValue: false },
  });
  // The game's number formats (`{{x, dec1}}`, `{{x, percent}}`), as services/i18n.ts registers them.
  for (const name of Object.keys(NUMBER_FORMATS) as NumberFormatName[]) {
    instance.services.formatter?.add(name, (value: unknown, lng: string | undefined) =>
      formatNumber(Number(value), name, lng),
    );
  }
  instance.services.formatter?.add('billions', (value: unknown, lng: string | undefined) =>
    formatBillions(instance, Number(value), lng),
  );
  return instance;
}
