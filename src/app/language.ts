// The player's language: picked at start (address, remembered choice, browser), changed from any screen, announced to the app through one emitter.
import { createI18n, loadNamespaces, type I18n } from '../services/i18n';
import { pickLanguage } from '../services/language';
import type { SettingsStore } from '../services/settings';
import type { AppEvents } from './events';

/** Namespaces the game screens need, loaded in the background after the title shows. */
const GAME_NAMESPACES = [
  'game',
  'model',
  'events',
  'quiz',
  'checkpoint',
  'results',
  'source',
  'saves',
  // Class sessions: the codes' messages (read by the dashboard and the join form) and the classroom screens.
  'codes',
  'class',
];

export interface LanguageState {
  readonly i18n: I18n;
  current(): string;
  /** The language a learner would practise: English when playing in French, French otherwise. */
  other(): string;
  /**
   * Resolves when the game namespaces of the current and the other language are loaded; the first
   * call starts loading them (so the title can be painted before those files are asked for).
   */
  ready(): Promise<void>;
  /** Switches language, then emits `language` on the app's events. */
  change(next: string): Promise<void>;
}

export interface LanguageOptions {
  readonly supported: readonly string[];
  /** `?lang=` in the address, `navigator.languages` by default. */
  readonly query?: string | null;
  readonly browser?: readonly string[];
  readonly allowPseudo: boolean;
}

export async function createLanguageState(
  settings: SettingsStore,
  events: AppEvents,
  options: LanguageOptions,
): Promise<LanguageState> {
  let language = pickLanguage({
    supported: options.supported,
    allowPseudo: options.allowPseudo,
    query: options.query ?? new URLSearchParams(location.search).get('lang'),
    browser: options.browser ?? navigator.languages ?? [navigator.language],
    stored: settings.get().language,
  });
  const i18n = await createI18n(language);
  const other = () => (language === 'en' ? 'fr' : 'en');
  const load = () => loadNamespaces(i18n, [language, other()], GAME_NAMESPACES);
  let loading: Promise<void> | null = null;
  return {
    i18n,
    current: () => language,
    other,
    ready: () => (loading ??= load()),
    async change(next) {
      if (next === language) return;
      language = next;
      settings.update({ language: next });
      loading = load();
      await Promise.all([loading, i18n.changeLanguage(next)]);
      events.emit('language', next);
    },
  };
}
