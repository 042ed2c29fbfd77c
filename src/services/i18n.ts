// i18next set-up: the interface namespace ships with the entry chunk; game namespaces load lazily, one chunk per file.
import i18next, { type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, PSEUDO } from './language';
import { UI_RESOURCES } from './locales';
import { formatNumber, NUMBER_FORMATS, type NumberFormatName } from './number-format';
import type { Resource } from './pseudo-locale';

export type { I18n };

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Every namespace but `ui`, loaded when a screen first needs it (quiz, events, model, game, ...). */
const lazyNamespaces = import.meta.glob<Resource>(
  ['../../locales/*/*.json', '!../../locales/*/ui.json'],
  {
    import: 'default',
  },
);

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
  addNumberFormats(instance);
  return instance;
}

/**
 * Registers the shared number formats so locale strings can say `{{amount, dec1}}`, `{{change, signed}}`,
 * `{{value, int}}`, `{{amount, billions}}` and `{{change, signedBillions}}` (tests register them the same way).
 */
export function addNumberFormats(instance: I18n): void {
  for (const name of Object.keys(NUMBER_FORMATS) as NumberFormatName[]) {
    instance.services.formatter?.add(name, (value: unknown, lng: string | undefined) =>
      formatNumber(Number(value), name, lng),
    );
  }
  instance.services.formatter?.add('billions', (value: unknown, lng: string | undefined) =>
    formatBillions(instance, Number(value), lng),
  );
  instance.services.formatter?.add('signedBillions', (value: unknown, lng: string | undefined) =>
    formatBillions(instance, Number(value), lng, true),
  );
}

/**
 * `{{amount, billions}}`: one decimal and the word for billion, in the language's plural
 * ("1,9 milliard" but "2,5 milliards": French keeps the singular below 2); `signed` adds + or −.
 */
export function formatBillions(
  instance: I18n,
  value: number,
  lng: string | undefined,
  signed = false,
): string {
  // The word agrees with the size, whatever the sign ("−1,5 milliard", "+2,5 milliards").
  const word = instance.t('model:budget.billion', { lng, count: Math.abs(value) });
  return `${formatNumber(value, signed ? 'signed' : 'dec1', lng)}\u00a0${word}`;
}

/** Loads the given namespaces for the given languages (pseudo is derived from English in development). */
export async function loadNamespaces(
  instance: I18n,
  languages: readonly string[],
  namespaces: readonly string[],
): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const language of languages) {
    for (const ns of namespaces) {
      if (instance.hasResourceBundle(language, ns)) continue;
      const source = language === PSEUDO ? FALLBACK_LANGUAGE : language;
      const load = lazyNamespaces[`../../locales/${source}/${ns}.json`];
      if (!load) continue;
      jobs.push(
        load().then(async (bundle) => {
          const resource =
            language === PSEUDO ? (await import('./pseudo-locale')).pseudoLocalize(bundle) : bundle;
          instance.addResourceBundle(language, ns, resource, true, true);
        }),
      );
    }
  }
  await Promise.all(jobs);
}
