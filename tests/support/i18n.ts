// Test helper: a real i18next instance fed from the locale files, set up like the game's (French and English, English fallback, no escaping).
import { readFileSync } from 'node:fs';
import i18next, { type i18n as I18n } from 'i18next';
import { addNumberFormats } from '../../src/services/i18n';

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
  // The game's number formats, registered as the game registers them.
  addNumberFormats(instance);
  return instance;
}
