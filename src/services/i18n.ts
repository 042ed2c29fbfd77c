// i18next set-up: the interface namespace ships with the entry chunk so the title renders at once in any language.
import i18next, { type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, PSEUDO } from './language';
import { UI_RESOURCES } from './locales';
import type { Resource } from './pseudo-locale';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export async function createI18n(language: string): Promise<I18n> {
  const instance = i18next.createInstance();
  const resources: Record<string, { ui: Resource }> = {};
  for (const [code, ui] of Object.entries(UI_RESOURCES)) resources[code] = { ui };
  const english = UI_RESOURCES[FALLBACK_LANGUAGE];
  if (import.meta.env.DEV && language === PSEUDO && english) {
    const { pseudoLocalize } = await import('./pseudo-locale');
    resources[PSEUDO] = { ui: pseudoLocalize(english) };
  }
  await instance.init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: Object.keys(resources),
    ns: ['ui'],
    defaultNS: 'ui',
    resources,
    // Text is always written with textContent, never innerHTML, so i18next need not escape it.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
